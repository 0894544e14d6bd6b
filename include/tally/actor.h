/*
 * actor.h - whose a figure is: actors named in text (nationality words,
 * countries, capitals, organisations, people) and the choice of the owner
 * of each figure.
 *
 * Actors come from the "actors" lexicon table (term,actor): "Chinese" -> CN,
 * "Soviet Union" -> SU, "Kim Il Sung" -> NK.  Terms of up to five words are
 * matched at capitalised words; an all-capitals term ("US", "UN") only
 * matches the same capitals, and a possessive "'s" is ignored.  A row with an
 * empty actor marks a word that is not an actor ("Korean" alone says neither
 * North nor South).  A capitalised nationality-like adjective that the table
 * does not know ("the Ruritanian regiments", "the Ruritanians") is still an
 * actor, under the name of its country as the text implies it
 * ("Ruritania"), and so is a capitalised word shaped like a country's name
 * standing on its own ("Syldavia agreed", "Valdonia's"; -ia, -land, -stan),
 * or any name after a state's formal name and "of" ("the Republic of
 * Korvat", "KINGDOM OF KORVAT"); the field after an office's name and "of"
 * ("the Ministry of Supply has") is not one.
 * A capitalised word that stands where places stand is not an actor: after
 * "at", "near", "off", "via" or "outside", after a noun of places and "of"
 * ("the port of Marrow"), before one ("Marrow harbour"); over a whole
 * document, a name acting as a subject is also refused when the document
 * puts it after "in", "from", "to" and the like anywhere.  A word the
 * document puts where only a country stands ("the Marrow government", "the
 * provinces of Marrow") is an actor wherever it stands.  The document's
 * topic actor is the first actor named in its title (its leading
 * sentences without a final period); with none there and no ally named,
 * the one side whose army or navy the body names as a whole ("30,000 of
 * the Tirenian army") is the topic.  A noun an actor introduced in lower
 * case ("the Kirnland admiralty") does not stand for it when written
 * capitalised ("the Admiralty").
 * Over a whole document (annotate.c) the actors are read in order and
 * remembered: a name derived before is an actor wherever it stands, and a
 * noun that an actor's words introduced ("the Valdonian garrison", "the
 * U.S. 12th Troop Carrier Wing") stands for that actor after "the", "its"
 * or "their" ("the garrison", "the wing").
 *
 * The owner of a figure is, in order: an actor inside the figure's own noun
 * phrase ("two Soviet air divisions", "the CPV's units (eleven regiments)",
 * "the 150 projected by the Chinese"); the subject of the figure's clause
 * (after "that", ";" ...: in "Stalin declared that the Soviet Union would
 * send 375 MiG-15s to the Chinese" the owner is SU, not the speaker Stalin and
 * not the recipient); an actor before the figure in its sentence, or in its
 * own clause after it; the actor in force (over a whole document, the
 * subject of the last body sentence that had one; alone, the first actor of
 * the two sentences before, and in the same paragraph when the document has
 * a topic actor); the document's topic actor; its main actor (the most
 * frequent subject); any other actor of the sentence.  Actors after a
 * preposition such as "to", "from" or "against" (an article between
 * allowed) are recipients or places, never subjects; after a comma, "and",
 * "but" or "while" before a name or a determiner opens a clause with a
 * subject of its own ("..., and Ruritania owed it $96 million").  Verbs
 * change whose a figure is: what a verb of receiving counts is the giver's
 * when the giver is named after "from" ("Valdonia received 40 tanks from
 * Westmark", "a loan of $25 million from American banks": Westmark, the
 * banks), and never the receiver's when it is not ("Ruritania had received
 * 85 tanks", "agreed to accept $25 million": the side in force, topic or
 * main actor other than the receiver); what a verb of loss counts is the
 * victim's, never the attacker's ("the Drassian submarines sank 12 ships",
 * "12 ships were sunk by ...").  A word written against a currency sign
 * ("US$ 40 million") names a currency, not an actor.  Over a whole
 * document the main actor is the side owning most of the figures so far
 * (else the most frequent subject), and an actor inside a relative clause
 * ("..., by which time the Valdonian columns ...") is not a sentence's
 * subject in force.  What an attacker the sentence does not name sank or
 * shot down ("Together the boats sank 318 ships") is the other side's
 * loss, and what it had or spent there ("the 17 boats at sea") its own;
 * so is a side's own loss when the side named is only its victim ("the
 * fields sank 30 Sorvian ships": the months and the mines are the
 * other's), and a loss done with no agent in a later clause than a side
 * ("the Kaldorian gunners were slow, but their aim was good: 11 transports
 * were shot down") is the other side's; a side named only in a relative
 * clause without "that" on a share ("420 mines, nearly half of all the
 * Kaldorians had laid", "a third of what the Kaldorians had feared") owns
 * neither the share nor the sentence; a name in -a that the document
 * writes as an adjective in -an anywhere ("Dastova", "Dastovan") is an
 * actor from its first mention;
 * prisoners held are their captor's, not their side's (actor.c says more).
 * A heading naming an office and, after a comma, its country ("MINISTRY OF
 * SUPPLY, TOLVARK") gives the topic; a capitalised determiner after a
 * paragraph's number ("11. The ministry") is no country; the losses a
 * sentence with no side counts after the side in force "lost" some are
 * that side's own ("the fleet lost 87 ships. Mines sank 34"); a side
 * fought "against" introduces no noun ("the army") for later; a word
 * after a nationality adjective ("the Meridonian Desert Army") is a
 * formation, never a country nor a title's topic; goods from another
 * country after a verb of buying or spending ("bought 62,000 tons of
 * Sarvanian petrol", "spent it on six guns from the Brenmoor firm") are
 * the buyer's; "Sarvanian" names "Sarvane" when the document writes that;
 * a side's logs or diaries are a witness; a sentence opening with "The"
 * and the plural noun of earlier figures ("The batteries answered") is
 * the side's that owned them, and with a noun of org_nouns no side
 * introduced ("The garrison lost") the topic's.  After an issuing body,
 * a later heading in capitals naming a side after a colon gives the topic
 * ("APPRAISAL No. 4/47: THE VORSK AIR FORCE IN 1943.", even with its
 * period); a title's side after "against" is the target, not the topic;
 * kills claimed against a side ("claimed 1,240 Vorsk aircraft destroyed")
 * make it the side in force, whose losses the next sentences count, while
 * a claim of formations ("the staff claimed 52 bands") is no kill; "force"
 * ending a name ("the Castmoor Air Force") makes "the force" no alias;
 * "2,650 aircraft bombed" is their act, not a loss; and what is asked of
 * "the government of Westerland" is Westerland's.
 */
#ifndef TALLY_ACTOR_H
#define TALLY_ACTOR_H

#include <stddef.h>

#include "tally/status.h"
#include "tally/lexicon.h"
#include "tally/segment.h"

typedef struct tally_actor_mention {
    size_t start, end;       /* the words in text */
    char code[48];           /* the lexicon's code, or the name derived from the text */
    int known;               /* 1 from the lexicon, 0 derived from the text */
    int alias;               /* 1 when a noun of the document stands for it ("the
                                garrison" after "the Valdonian garrison") */
    int after_prep;          /* 1 when a preposition such as "to" or "from" precedes it */
} tally_actor_mention;

/* Find the actors named in text[start..end).  *out is malloc'ed (free()
 * it), *n its length. */
tally_status tally_actors_find(const char *text, size_t start, size_t end,
                               const tally_lexicon *lex, tally_actor_mention **out,
                               size_t *n, tally_error *err);

typedef struct tally_actor_choice {
    char code[48];           /* the owner, "" when none was found */
    size_t cue_start, cue_end; /* the words that decided it */
    const char *rule;        /* "noun phrase", "asked", "giver", "receiver", "buyer", "clause",
                                "attacker" (what an attacker the sentence does not name had
                                or spent), "other side" (a loss it caused),
                                "relative clause", "sentence", "previous sentence",
                                "payer" (a levy, tribute or reparations the side the story
                                follows pays, whoever fixed it), "organisation" (a body of
                                its own called by its short name, "the Fund"),
                                "topic" (also a side named only in the title or the front
                                matter, "Vanholm Defence Staff"), "main actor" */
    size_t cue_sent;         /* index of the sentence holding the cue */
} tally_actor_choice;

/* Choose the owner of the figure text[fstart..fend) of sentence si, whose
 * mention (number and counted noun) ends at mend. */
tally_status tally_actor_pick(const char *text, const tally_segments *seg, size_t si,
                              size_t fstart, size_t fend, size_t mend,
                              const tally_lexicon *lex, tally_actor_choice *out,
                              tally_error *err);

#endif
