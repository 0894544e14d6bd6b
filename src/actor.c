/*
 * actor.c - actors named in text and the owner of each figure (see actor.h).
 * Matching is done on tokens (words.h) against the "actors" lexicon table;
 * the owner is chosen by a fixed order of places to look: the figure's noun
 * phrase, its clause, its sentence, the sentences before it.  The tokens and
 * actors of a sentence are kept in a cache (annot.h) for all its figures.
 * The words of the subject matter the rules read (verbs of reporting,
 * receiving, equipping, losing, asking; nouns of organisations, places and
 * nations; currencies) are the lexicon table "actorwords" (word,kind),
 * which a user extends with --lexicon; grammar words are lists here.
 * Beyond actor.h: a capitalised word before a title-case institution
 * ("Vanholm Defence Staff", "the Marrow Army") names a country, so a staff
 * study's issuing body in its front matter gives its topic, unless a later
 * title line opens with "the" and another side ("GHELLAND GENERAL STAFF" /
 * "THE ZEROVIAN ARMY: ...": an appreciation of an enemy army is about the
 * enemy); a leading "A report of the Valdmark Historical Commission" names
 * the topic by its issuing body (a besieged city's report, its side); a title naming
 * its side only after a preposition still does ("... in the Marrovian
 * Army"); an adjective in -ish stands for the name the document writes with
 * its stem ("Grevish": "Greven"), one in -ian for its stem when the
 * document writes the stem and not the name in -ia ("Austerian": "Auster");
 * a price in the clause of a verb of selling or a word of pricing ("priced
 * at", "the Grevish invoice shows"; money by a sign or a unit of category
 * "money" in the units table) is the buyer's (named after "to", else not the
 * seller's, in an endnote too: the story's side); a lender named
 * between "borrowed" and the figure owns the loan's terms; an actor before
 * a noun of witness ("an Ambrian observer") is no owner; "killed" or
 * "wounded" after a number is a noun, not a verb of loss; a receiver
 * keeps what it received when no other side could have given it; a heading
 * in capitals names its country ("NATIONAL ARCHIVES OF KELDARIA": the
 * topic "Keldaria"); the last word of a firm's name ("Marrin and Sons") is
 * no country, while "the Estvald firm" names one; with no side in the
 * title, a country acting as the subject of the first sentence naming a
 * side ("the government of Galdonia emptied ...") is the topic, and when
 * that sentence has no subject naming a side, the country it is set in
 * ("the strongest air defences in Halmaria") is; a name is
 * a country before a modifier and a noun only a country has ("the Valdmark
 * defence ministry", "the Valdmark naval attache") or before "Export Bank";
 * the side asked for something ("asked the bank for $60 million", "asked
 * the League Relief Commission for 5,000 tons", an organisation under its
 * title-case name or, after that name, its head word alone: "the Fund") owns what was asked and what the sentence says it gave,
 * but a request to a body of one's own government ("Hale asked the Air
 * Ministry in June for 120 crews") is the asker's: the subject before the
 * verb, else the topic, never the side of the sentence before.
 * What the next sentences count: a leading clause's side is not in force
 * when the main clause has a subject of its own ("When Korsavia closed the
 * straits, the island republic ..."); after "X submarines sank 40 Y ships"
 * the victim Y is, not the attacker; the sender of what arrived ("the
 * Halvarian destroyers arrived") owns neither the figures after it nor the
 * next sentences'.  A name joined by "and" to a place after "at", "near",
 * "off", "via" or "outside" is a place ("the yards at Rell and Ostby").  A
 * kill claimed by a subject naming no side ("the escorts claimed 19
 * submarines, 13 of them ...") is the loss of the last side seen attacking.
 * The country of a named body after a preposition ("a contract with the
 * Harker Motor Company of Farrowland") is no owner, and the side named in
 * a relative clause on a figure's noun ("80 gliders that Brennland had
 * delivered") is not the subject the next sentences count.  A side named
 * right before "prisoners" ("Sennian prisoners", "internees", "POWs") is
 * whom they were taken from: no owner and no title topic; a sentence of
 * deaths naming no side counts the captives' loss.  A name after "of" in a
 * title-case title that the text writes as a possessive ("the Camps of
 * Varenhold" / "Varenhold's hands") is the topic and a country.  After
 * "X asked ...; the Y board promised eight" Y, the last clause's
 * subject, is the side in force.  A territory another state rules ("the
 * Sabrani Protectorate") is no title topic; a first sentence whose main
 * clause says "it" after a leading clause ("When the Halbrian War Office
 * decided ..., it set") gives that clause's subject as the topic; an
 * adjective in -i names its country without the -i ("Morvathi": "Morvath").
 * Losses whose attacker the sentence does not name ("Together the boats
 * sank 318 ships", "4,820 wagons destroyed" once a side was seen
 * attacking) are the other side's: the side the document last named
 * besides the attacker (the last seen attacking, else the side in force,
 * else the topic), and so are figures with the same noun as such a loss
 * ("..., some 35,000 tons a month") and, after an attack that was made,
 * the next sentences'; what the attackers had and spent in such a sentence
 * is theirs ("the 17 boats at sea sank only six", "To sink them the boats
 * fired 1,148 torpedoes"); a storm or typhus may kill or destroy, so
 * before a side is seen attacking only a verb of arms (sank, torpedoed,
 * shot down, bombed) says so.  A subordinate clause the figure's clause
 * follows ("..., when the Y escorts had radar: 27 boats in all") is no
 * owner.  A side counted as captives ("it held 47,600 Sennian prisoners")
 * owns neither the sentence's figures nor the next sentences', and its
 * army's noun ("the army") no longer stands for it.  A firm named after
 * its founder ("the firm of Hesselgren & Co.") names no country; a word
 * in -an before a verb of subjects ("Halloran had 58") is a person, not a
 * nationality.  A side asked to do something to a figure ("asked the
 * Dunholm government to hold its shipments to 15,000 tons") owns it,
 * unless it was asked to buy or take it.  A sentence with no subject that
 * names a side's view ("... is clearer from the Vetranian side") puts that
 * side in force.  An issuing body in capitals ("USTMARK GENERAL STAFF",
 * "KORVEN WAR OFFICE", "DALMAR MINISTRY OF SUPPLY") names its country as
 * the title-case form does, in title case ("Ustmark"); an adjective in -ic
 * before a noun stands for its stem when the document writes it
 * ("Vesslandic": "Vessland").
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "annot.h"
#include "buf.h"
#include "words.h"
#include "tally/actor.h"

/* Prepositions after which an actor is a recipient or a place, not an owner
 * ("to the Chinese", "from Manchuria", "against the US"). */
static const char *const preps[] = {
    "to", "from", "into", "against", "with", "for", "toward", "towards", "in", "inside",
    "over", "at", "on", "onto", "upon", "across", "within", "near", "than", "between",
    "among", "via", "through", "behind", "beyond", "outside", "under", "about", NULL};

/* Capitalised at the start of a sentence, these do not make the next word
 * part of a name ("The Ruritanian army"). */
static const char *const determiners[] = {"the", "a", "an", "this", "that", "these", "those",
                                          "its", "their", "his", "her", "our", "every", "each",
                                          "some", "all", "both", "when", "while", "after",
                                          "before", "in", "by", NULL};

/* Words that may stand in a noun phrase before its number. */
static const char *const np_words[] = {
    "the", "a", "an", "its", "their", "his", "her", "our", "some", "about", "only",
    "nearly", "almost", "over", "approximately", "around", "roughly", "all", "total",
    "another", "additional", "these", "those", "just", "at", "least", "most", "as", "many",
    "up", "more", "than", "no", "fewer", "less", "estimated", "further", "new", "other", NULL};

/* Words that end a noun phrase after its number. */
static const char *const np_stop[] = {
    "to", "from", "that", "which", "who", "whom", "and", "or", "but", "in", "at", "on",
    "for", "with", "by", "of", "into", "was", "were", "had", "have", "has", "is", "are",
    "would", "could", "should", "will", "might", "must", "be", "been", "being", "each",
    "per", "as", "than", "while", "when", "after", "before", "during", "inside", "over",
    "against", "under", "until", "since", "if", "because", "so", NULL};

/* Words that open a clause; the last two, "so" and "that", open one only
 * before a subject (clause_break()). */
static const char *const clause_words[] = {
    "while", "whereas", "although", "though", "because", "when", "but", "if", "unless",
    "whether", "which", "who", "so", "that", NULL};
enum { CLAUSE_WHICH = 10, CLAUSE_WHO = 11, CLAUSE_SO = 12, CLAUSE_THAT = 13 };   /* indexes */


/* 1 when every letter of s is an upper-case ASCII letter and it has two. */
static int all_caps(const char *s)
{
    int letters = 0;
    for (; *s; s++) {
        if (islower((unsigned char)*s))
            return 0;
        if (isupper((unsigned char)*s))
            letters++;
    }
    return letters >= 2;
}

/* snprintf(out, cap, "%s", s) without the format machinery: s cut to
 * cap - 1 bytes. */
static void copy_str(char *out, size_t cap, const char *s)
{
    size_t n = strlen(s);
    if (n >= cap)
        n = cap - 1;
    memcpy(out, s, n);
    out[n] = '\0';
}

/* The lookup key of tokens [a, b): their text with white space folded and a
 * possessive on the last token dropped. */
static void key_of(const char *t, const words *w, size_t a, size_t b, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = a; i < b && o + 1 < cap; i++) {
        const tok *k = &w->v[i];
        if (i > a && k->start > w->v[i - 1].end && o + 1 < cap)
            out[o++] = ' ';
        size_t len = i + 1 == b ? tok_len_noposs(t, k) : k->end - k->start;
        if (len > cap - 1 - o)
            len = cap - 1 - o;
        memcpy(out + o, t + k->start, len);
        o += len;
    }
    out[o] = '\0';
}

/* 1 when the text of tokens [a, b) (possessive dropped) equals key exactly. */
static int same_case(const char *t, const words *w, size_t a, size_t b, const char *key)
{
    char got[160];
    key_of(t, w, a, b, got, sizeof got);
    return strcmp(got, key) == 0;
}



/* Prepositions of place: a capitalised word after one (with "the"
 * between allowed) stands where a place stands.  The first LOC_STRONG
 * stand before places only ("at Marrow", "near Marrow"); the others before
 * countries too ("in Valdonia", "to Valdonia"). */
static const char *const loc_preps[] = {"at", "near", "off", "via", "outside", "in", "into",
                                        "from", "to", "through", "toward", "towards",
                                        "across", "beyond", "inside", "onto", NULL};
enum { LOC_STRONG = 5 };



/* Words of a state's formal name before "of" and the country's own name:
 * "the Republic of Marrow", "KINGDOM OF VALDONIA", whatever the case. */
static const char *const state_forms[] = {"republic", "kingdom", "principality", "duchy",
                                          "grand-duchy", "empire", "commonwealth",
                                          "federation", "confederation", "sultanate",
                                          "emirate", NULL};

/* 1 when the capitalised word at token i follows a state's formal name and
 * "of" ("Republic of Marrow", "REPUBLIC OF MARROW"): a country's name. */
static int state_name(const char *t, const words *w, size_t i)
{
    return i >= 2 && tok_eq(t, &w->v[i - 1], "of") && tok_cap(t, &w->v[i - 2]) &&
           tok_in(t, &w->v[i - 2], state_forms);
}

/* Lower-case words that may stand between a country's name and its noun
 * ("the Valdmark defence ministry", "the Valdmark naval attache"). */
static const char *const nation_mods[] = {"defence", "defense", "naval", "foreign", "war",
                                          "finance", "military", "air", "trade", "interior",
                                          NULL};



/* Capitalised words with a country's ending that are not countries. */
static const char *const not_countries[] = {
    "island", "mainland", "homeland", "hinterland", "heartland", "highland", "lowland",
    "woodland", "farmland", "wasteland", "motherland", "fatherland", "borderland",
    "grassland", "marshland", "media", "militia", "inertia", "mania", "academia", "utopia",
    "criteria", "insignia", "bacteria", "trivia", "malaria", "pneumonia", "hysteria",
    "nostalgia", "regalia", "paraphernalia", "memorabilia", "encyclopedia", "amnesia",
    "euphoria", "dementia", "anaemia", "anemia", "ammonia", "dysentery", "reichsmark",
    "deutschmark", "landmark", "hallmark", "benchmark", "trademark", "watermark", NULL};

/* The slot of word[0..n) in doc's table of capitalised words: the one
 * holding it, or the empty one where it would go (NULL when the table is
 * full or the word too long).  FNV-1a hash, linear probing. */
static annot_proper *proper_slot(const annot_doc *doc, const char *word, size_t n)
{
    if (n == 0 || n >= sizeof doc->proper[0].word)
        return NULL;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)word[i]) * 16777619u;
    for (size_t j = 0; j < ANNOT_PROPER; j++) {
        annot_proper *p = (annot_proper *)&doc->proper[(h + j) & (ANNOT_PROPER - 1)];
        if (!p->word[0] || (strncmp(p->word, word, n) == 0 && p->word[n] == '\0'))
            return p;
    }
    return NULL;
}

/* 1 when the capitalised word at token i follows a nationality adjective
 * in -ian, -ish or -ese ("the Meridonian Desert Army"): a formation of
 * that country, whose name is no country. */
static int after_nationality(const char *t, const words *w, size_t i)
{
    if (i == 0 || !tok_cap(t, &w->v[i - 1]))
        return 0;
    const tok *a = &w->v[i - 1];
    size_t an = tok_len_noposs(t, a);
    const char *e = t + a->start + an - 3;
    return an > 5 && (memcmp(e, "ian", 3) == 0 || memcmp(e, "ish", 3) == 0 ||
                      memcmp(e, "ese", 3) == 0);
}

/* 1 when doc's first look saw the capitalised token k after a nationality
 * adjective somewhere (after_nationality()): "the Desert Army" of a title
 * is the "Meridonian Desert Army" of the body. */
static int formation_word(const char *t, const tok *k, const annot_doc *doc)
{
    const annot_proper *p = proper_slot(doc, t + k->start, tok_len_noposs(t, k));
    return p && p->word[0] && p->formation;
}

/* What doc's first look says of the capitalised token k: its entry, or
 * NULL when the document never placed it. */
static const annot_proper *proper_of(const char *t, const tok *k, const annot_doc *doc)
{
    if (!doc || !doc->scanned)
        return NULL;
    const annot_proper *p = proper_slot(doc, t + k->start, tok_len_noposs(t, k));
    return p && p->word[0] ? p : NULL;
}

/* 1 when doc's first look found token k where only places stand ("at X",
 * "the port of X") and never where a country stands; with weak, anywhere a
 * place stands ("from X" too). */
static int is_place(const char *t, const tok *k, const annot_doc *doc, int weak)
{
    const annot_proper *p = proper_of(t, k, doc);
    return p && !p->nation && (weak ? p->place : p->strong);
}

/* A country name from an adjective the lexicon does not know: "Ruritanian"
 * -> "Ruritania", "the Ruritanians" -> "Ruritania", "Freedonese" ->
 * "Freedon"; 0 when the word does not look like a nationality. */
static int derive_name(const char *t, const tok *k, char *out, size_t cap)
{
    char word[48];
    size_t n = tok_len_noposs(t, k);
    if (n < 5 || n >= sizeof word)
        return 0;
    /* the cheap test first: every ending below ends in one of these */
    unsigned char last = (unsigned char)t[k->start + n - 1];
    if (last != 'n' && last != 's' && last != 'e' && last != 'h')
        return 0;
    tok_copy(t, k, 1, word, sizeof word);
    for (size_t i = 1; i < n; i++)
        if ((unsigned)((unsigned char)word[i] - 'a') >= 26u)   /* islower(), C locale */
            return 0;
    if (word[n - 1] == 's' && n > 5 && (strcmp(word + n - 4, "ians") == 0 ||
                                        strcmp(word + n - 4, "eans") == 0))
        word[--n] = '\0';                  /* the Ruritanians -> Ruritanian */
    if (strcmp(word + n - 3, "ian") == 0)
        word[n - 1] = '\0';                 /* Ruritanian -> Ruritania */
    else if (strcmp(word + n - 3, "ean") == 0)
        word[n - 1] = '\0';                 /* -ean -> -ea */
    else if (n >= 7 && strcmp(word + n - 3, "ese") == 0)
        word[n - 3] = '\0';                 /* Freedonese -> Freedon, not "These" */
    else if (n == tok_len_noposs(t, k) && strcmp(word + n - 2, "an") == 0)
        word[n - 1] = '\0';                 /* -an -> -a */
    else if (n >= 6 && strcmp(word + n - 3, "ish") == 0)
        ;   /* "Grevish": the document may write the country's name (canon_of()) */
    else
        return 0;
    if (strlen(word) + 1 > cap)
        return 0;
    strcpy(out, word);
    return 1;
}

/* 1 when token k is shaped like a country's name the lexicon does not know:
 * one capitalised word ending in -ia, -land or -stan ("Valdonia", "Syldavia's"),
 * or a name the document has derived from an adjective before (doc). */
static int country_shape(const char *t, const tok *k, const annot_doc *doc)
{
    size_t n = tok_len_noposs(t, k);
    const char *p = t + k->start;
    if (n < 4 || n >= 48)
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((unsigned)((unsigned char)p[i] - 'a') >= 26u)   /* islower(), C locale */
            return 0;
    for (size_t j = 0; doc && j < doc->nname; j++)
        if (doc->name[j][0] == p[0] && memcmp(doc->name[j], p, n) == 0 && doc->name[j][n] == '\0')
            return 1;
    if (n < 5 || !((p[n - 2] == 'i' && p[n - 1] == 'a') ||
                   (n > 5 && memcmp(p + n - 4, "land", 4) == 0) ||
                   (n > 5 && memcmp(p + n - 4, "stan", 4) == 0)))
        return 0;
    char word[48];
    tok_copy(t, k, 1, word, sizeof word);
    return !tok_in(word, &(tok){0, n, TOK_WORD}, not_countries) && !is_place(t, k, doc, 0);
}

/* 1 when token k is one capitalised word in -mark ("Valdmark", "Denmark"),
 * a country's ending too common in names of places and firms to count
 * everywhere; find_topic() takes it after a title's preposition ("Food
 * Rationing in Valdmark, 1940-1944"). */
static int mark_shape(const char *t, const tok *k)
{
    size_t n = tok_len_noposs(t, k);
    const char *p = t + k->start;
    if (n < 6 || n >= 48 || memcmp(p + n - 4, "mark", 4) != 0)
        return 0;
    for (size_t i = 1; i < n; i++)
        if (!islower((unsigned char)p[i]))
            return 0;
    return !tok_in(t, k, not_countries);
}

/* A country's name written in capitals in a heading ("NATIONAL ARCHIVES OF
 * KELDARIA"): token k of four or more capital letters whose title-case form
 * ("Keldaria") has a country's shape or derives one ("LUSARIAN":
 * "Lusaria"); the name into out.  0 when it is not one. */
static int caps_country(const char *t, const tok *k, const annot_doc *doc, char *out,
                        size_t cap)
{
    char word[48];
    size_t n = tok_len_noposs(t, k);
    if (n < 4 || n >= sizeof word)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[k->start + i];
        if ((unsigned)(c - 'A') >= 26u)
            return 0;
        word[i] = (char)(i ? c - 'A' + 'a' : c);
    }
    word[n] = '\0';
    const tok wk = {0, n, TOK_WORD};
    if (derive_name(word, &wk, out, cap))
        return 1;
    if (!country_shape(word, &wk, doc) || n + 1 > cap)
        return 0;
    memcpy(out, word, n + 1);
    return 1;
}

/* Token k, a word of letters only, in title case into out ("MARROW",
 * "Marrow's": "Marrow").  0 when it is not such a word or does not fit. */
static int title_word(const char *t, const tok *k, char *out, size_t cap)
{
    size_t n = tok_len_noposs(t, k);
    if (n < 3 || n + 1 > cap)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[k->start + i];
        if (!isalpha(c))
            return 0;
        out[i] = (char)(i ? tolower(c) : toupper(c));
    }
    out[n] = '\0';
    return 1;
}

/* Heads of a country's institutions written in title case after its name:
 * "the Vanholm Army", "Vanholm Defence Staff", "the Westrand Export Bank".  The first INST_BARE follow
 * the name directly; the others only after a word of INST_MIDS ("Defence
 * Staff", "War Office", "High Command", "Air Force"), since "Supply
 * Ministry" or "Bomber Command" name an office, not a country. */
static const char *const inst_heads[] = {"army", "navy", "government", "admiralty",
                                         "staff", "office", "command", "force", "forces",
                                         "ministry", "bank", NULL};
enum { INST_BARE = 4 };
static const char *const inst_mids[] = {"defence", "defense", "general", "naval", "air",
                                        "war", "foreign", "high", "armed", "joint",
                                        "supreme", "colonial", "export", NULL};
/* Capitalised words that stand before such heads without naming a country
 * ("the Red Army", "the Home Army", "the Eastern Army Group"); words with
 * an adjective's ending are refused as well (name_before_inst()). */
static const char *const inst_not[] = {
    "red", "white", "black", "green", "home", "field", "regular", "reserve", "union",
    "volunteer", "rebel", "peasant", "partisan", "merchant", "labour", "labor", "coalition",
    "puppet", "exile", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
    "eighth", "ninth", "tenth", "north", "south", "east", "west", "middle", "far", "main",
    "new", "old", "our", "their", "his", "her", "its", "this", "that", "the", NULL};


/* 1 when, every place the n-byte word at t+a is written in t[0..len) as a
 * whole word, the m-byte word at t+b follows it after one space. */
static int always_before(const char *t, size_t len, size_t a, size_t n, size_t b, size_t m)
{
    const char *p = t, *end = t + len - n + 1;
    while (p < end && (p = memchr(p, t[a], (size_t)(end - p))) != NULL) {
        size_t at = (size_t)(p - t);
        p++;
        if ((at > 0 && isalpha((unsigned char)t[at - 1])) || memcmp(t + at, t + a, n) != 0 ||
            (at + n < len && isalpha((unsigned char)t[at + n])))
            continue;
        if (at + n + 1 + m > len || t[at + n] != ' ' || memcmp(t + at + n + 1, t + b, m) != 0)
            return 0;
    }
    return 1;
}

/* Endings of adjectives and participles, never of a country's name:
 * "Eastern", "Territorial", "Republican", "Royalist" (any case). */
static const char *const adj_ends[] = {"al", "an", "ist", "ary", "ive", "ic", "ed", "ing",
                                       "ern", "ish", "ese", "ory", NULL};

/* 1 when the word t[end-n..end) ends in one of adj_ends, whatever its case,
 * with at least `more` letters before the ending. */
static int adj_ending(const char *t, size_t end, size_t n, size_t more)
{
    for (size_t e = 0; adj_ends[e]; e++) {
        size_t l = strlen(adj_ends[e]);
        if (n >= l + more && strncasecmp(t + end - l, adj_ends[e], l) == 0)
            return 1;
    }
    return 0;
}

/* 1 when word i of w (n letters) may name a country: not after a
 * capitalised word other than a determiner ("the"), no institution word
 * or qualifier, and no adjective ending of adj_ends ("-ern", "-ish"). */
static int name_word(const char *t, const words *w, size_t i, size_t n, const annot_words *ws)
{
    const tok *k = &w->v[i];
    if (i > 0 && tok_cap(t, &w->v[i - 1]) && !tok_in_set(t, &w->v[i - 1], &ws->det))
        return 0;
    if (tok_in(t, k, inst_not) || tok_in(t, k, inst_mids) || tok_in_set(t, k, &ws->qual))
        return 0;
    return !adj_ending(t, k->start + n, n, 0);
}

/* 1 when the capitalised word at token i names a country by the title-case
 * institution after it ("Vanholm Defence Staff", "the Marrow Army"): one
 * capitalised word standing first in the name (nothing capitalised before
 * it but a determiner), not an adjective ("Eastern", "Territorial",
 * "Republican"), an ordinal or a word of inst_not, then a head of
 * inst_heads (after a word of inst_mids for the last ones). */
static int name_before_inst(const char *t, const words *w, size_t i, const annot_words *ws)
{
    const tok *k = &w->v[i];
    size_t n = tok_len_noposs(t, k);
    if (n < 4 || n >= 48 || n != k->end - k->start || i + 1 >= w->n ||
        (unsigned)((unsigned char)t[k->start] - 'A') >= 26u)
        return 0;
    for (size_t j = 1; j < n; j++)
        if ((unsigned)((unsigned char)t[k->start + j] - 'a') >= 26u)
            return 0;
    /* the head first: most capitalised words have none after them */
    size_t h = i + 1;
    if (!tok_cap(t, &w->v[h]))
        return 0;
    int mid = tok_in(t, &w->v[h], inst_mids);
    if (mid && h + 1 < w->n)
        h++;
    int head = 0;
    for (size_t j = 0; inst_heads[j] && !head; j++)
        if (tok_eq(t, &w->v[h], inst_heads[j]))
            head = mid || j < INST_BARE;
    if (!head || !tok_cap(t, &w->v[h]))
        return 0;
    if (after_nationality(t, w, i))
        return 0;   /* "the Meridonian Desert Army": a formation of that country */
    return name_word(t, w, i, n, ws);
}

/* 1 when a title-case institution head of inst_heads follows token i,
 * after one word of inst_mids or none: "Kessia Ministry of Supply",
 * "Kessia War Office".  For a word already shaped as a country's name
 * (country_shape()), where every head may stand bare. */
static int inst_after(const char *t, const words *w, size_t i)
{
    size_t h = i + 1;
    if (h < w->n && tok_cap(t, &w->v[h]) && tok_in(t, &w->v[h], inst_mids))
        h++;
    return h < w->n && tok_cap(t, &w->v[h]) && tok_in(t, &w->v[h], inst_heads);
}

/* Heads of a non-state organisation's title-case name ("the Highland
 * Army", "the Delta Front", "the Freedom League"). */
static const char *const side_org_heads[] = {"army", "front", "movement", "league", NULL};

static int writes_word(const char *t, size_t len, const char *word, size_t n);

/* 1 when text t (len bytes) writes a state's army by its adjective
 * ("the Pradelian army", "the Vessian Army"): a second army, so that
 * another army's title-case name is no state's. */
static int state_army(const char *t, size_t len)
{
    for (const char *p = t; (p = memchr(p, ' ', (size_t)(t + len - p))) != NULL; p++) {
        size_t at = (size_t)(p - t);
        if (at < 3 || at + 5 > len || (memcmp(p + 1, "army", 4) && memcmp(p + 1, "Army", 4)) ||
            (at + 5 < len && isalpha((unsigned char)t[at + 5])) || t[at - 1] != 'n' ||
            t[at - 2] != 'a')
            continue;
        size_t b = at;
        while (b > 0 && isalpha((unsigned char)t[b - 1]))
            b--;
        if (at - b >= 5 && isupper((unsigned char)t[b]))
            return 1;
    }
    return 0;
}

/* 1 when tokens i, i+1 of w name a non-state organisation as a side: one
 * capitalised word (as name_before_inst() takes it) and a head of
 * org_heads, one space between, and the document (t, len) never writes
 * the word without that head after it ("the Highland Army" and no
 * "Highland" alone): a word that is no country's name.  Not after a
 * nationality ("the Meridonian Desert Army"); an army only when the
 * document names a state's army too (state_army()). */
static int org_name(const char *t, size_t len, const words *w, size_t i, const annot_words *ws)
{
    if (i + 1 >= w->n || len == 0)
        return 0;
    const tok *k = &w->v[i], *h = &w->v[i + 1];
    char c = t[h->start];   /* the heads' capitals first: most words have none after them */
    if (c != 'A' && c != 'F' && c != 'M' && c != 'L')
        return 0;
    size_t n = k->end - k->start, hn = h->end - h->start;
    if (n < 4 || n + 1 + hn >= 48 || h->start != k->end + 1 || t[k->end] != ' ' ||
        !tok_cap(t, h) || !tok_in(t, h, side_org_heads) ||
        (unsigned)((unsigned char)t[k->start] - 'A') >= 26u)
        return 0;
    for (size_t j = 1; j < n; j++)
        if ((unsigned)((unsigned char)t[k->start + j] - 'a') >= 26u)
            return 0;
    if (after_nationality(t, w, i) || !name_word(t, w, i, n, ws) ||
        (tok_eq(t, h, "army") && !state_army(t, len)))
        return 0;   /* "the Dorvask Army" alone: a state's */
    return always_before(t, len, k->start, n, h->start, hn);   /* the head follows it
                                                                  wherever it is written */
}

/* 1 when the capitalised word at token i ends in "-an" but not "-ian" or
 * "-ean" and a verb of subjects follows it ("Halloran had 58"): a person's
 * name acting, not an adjective of nationality ("the Alboran ships"). */
static int surname_an(const char *t, const words *w, size_t i, const annot_words *ws)
{
    const tok *k = &w->v[i];
    size_t n = k->end - k->start;
    const char *p = t + k->start;
    return n >= 5 && p[n - 2] == 'a' && p[n - 1] == 'n' && p[n - 3] != 'i' && p[n - 3] != 'e' &&
           i + 1 < w->n && tok_in_set(t, &w->v[i + 1], &ws->subj);
}

/* What find_in() looks words up in: the actors table and its column, the
 * months, the word sets (a cache's, or built for one call). */
typedef struct finder {
    const tally_lextab *tab;     /* "actors", NULL none */
    int col;                     /* its column "actor", -1 none */
    const tally_lextab *months;  /* "months", NULL none */
    const annot_words *ws;
    const annot_lead *lead;      /* the quick no of tab's keys, NULL none */
} finder;

/* 1 when the capitalised word at token i stands on its own as a name, not
 * inside a longer one: the word before it is not capitalised (or is a
 * determiner, or a qualifier such as "Royal" when qual is set) and the word
 * after it is not capitalised. */
static int stands_alone(const char *t, const words *w, size_t i, int qual,
                        const annot_words *ws)
{
    if (i > 0 && tok_cap(t, &w->v[i - 1]) && !tok_in_set(t, &w->v[i - 1], &ws->det) &&
        !(qual && tok_in_set(t, &w->v[i - 1], &ws->qual)))
        return 0;
    return qual || i + 1 >= w->n || !tok_cap(t, &w->v[i + 1]);
}

/* 1 when token i follows "a" or "an": "in a Sunderland" names a thing of
 * a country-like shape (an aircraft, a ship), never the country. */
static int indefinite_before(const char *t, const words *w, size_t i)
{
    return i > 0 && (tok_eq(t, &w->v[i - 1], "a") || tok_eq(t, &w->v[i - 1], "an"));
}

/* 1 when the capitalised word at token i stands where a place stands in
 * its own sentence: after a preposition of place ("at Marrow", "from the
 * Marrow"), after a noun of places and "of" ("the port of Marrow"), or
 * before a noun of places ("Marrow harbour"); *strong set when only a
 * place stands there (may be NULL). */
static int placed_at(const char *t, const words *w, size_t i, const annot_words *ws,
                     int *strong)
{
    int dummy;
    if (!strong)
        strong = &dummy;
    *strong = 1;
    if (i + 1 < w->n && tok_in_set(t, &w->v[i + 1], &ws->place) &&
        !tok_cap(t, &w->v[i + 1]))
        return 1;   /* "Marrow harbour" */
    if (i == 0)
        return 0;
    size_t p = i - 1;
    if (p > 0 && tok_eq(t, &w->v[p], "the"))
        p--;
    int x = tok_set_index(t, &w->v[p], &ws->loc);
    if (x >= 0) {
        *strong = x < LOC_STRONG;
        return 1;   /* "at Marrow", "from Marrow" */
    }
    if (tok_eq(t, &w->v[i - 1], "of") && i >= 2 && tok_in_set(t, &w->v[i - 2], &ws->place))
        return 1;   /* "the port of Marrow" */
    if (i >= 3 && (tok_eq(t, &w->v[i - 1], "and") || tok_eq(t, &w->v[i - 1], "or")) &&
        tok_cap(t, &w->v[i - 2]) && w->v[i - 2].kind == TOK_WORD &&
        tok_in_set(t, &w->v[i - 3], &ws->loc) &&
        tok_set_index(t, &w->v[i - 3], &ws->loc) < LOC_STRONG) {
        *strong = 1;
        return 1;   /* "the yards at Marrow and Ostby": the second is a place too */
    }
    return 0;
}

/* placed_at() without the strength. */
static int placed_here(const char *t, const words *w, size_t i, const annot_words *ws)
{
    return placed_at(t, w, i, ws, NULL);
}


/* Last words of a firm's name ("Marrin and Sons", "Holt Brothers"): not a
 * country acting on its own, whatever verb follows. */
static const char *const firm_tails[] = {"sons", "brothers", "bros", "partners", "associates",
                                         "company", "co", "ltd", "limited", "inc",
                                         "corporation", NULL};

/* Verbs of subject_verbs that say nothing of a will of its own: after
 * ", which" a town does them as well as a country ("Marrow, which had"). */
static const char *const rel_not[] = {"had", "has", "was", "were", "would", "could", "will",
                                      "did", NULL};

/* 1 when the word at token i is followed by ", which" or ", who" and a verb
 * of subject_verbs that only an acting side does ("... by Westmark, which
 * promised 1,200 tanks"): a relative clause naming what it did.  Only
 * after "by" (name_subject()): "a port, Lissel, which lost" is a town. */
static int rel_subject(const char *t, const words *w, size_t i, const annot_words *ws)
{
    if (i + 3 >= w->n || !tok_punct(t, &w->v[i + 1], ","))
        return 0;
    const tok *r = &w->v[i + 2], *v = &w->v[i + 3];
    return (tok_eq(t, r, "which") || tok_eq(t, r, "who")) && tok_in_set(t, v, &ws->subj) &&
           !tok_in(t, v, rel_not);
}

/* Heads of an office's title-case name before "of" and what it deals
 * with: "the Ministry of Supply", "the Board of Trade". */
static const char *const office_heads[] = {"ministry", "minister", "department", "office",
                                           "board", "bureau", "secretary", "directorate",
                                           "council", "committee", "commission", NULL};

/* 1 when the capitalised word at token i ends an office's name ("the
 * Ministry of Defence has"): a field of work, not a country. */
static int office_of(const char *t, const words *w, size_t i)
{
    return i >= 2 && tok_eq(t, &w->v[i - 1], "of") && tok_cap(t, &w->v[i - 2]) &&
           tok_in(t, &w->v[i - 2], office_heads);
}

/* 1 when the capitalised word at token i names an actor by what it does: a
 * single capitalised word inside a sentence (not its first word, not after
 * a title's period or another capitalised word) that is possessive or
 * followed by a verb of subjects, there or, after "by", in a relative
 * clause ("... and Westmark agreed to", "Westmark's deliveries", "by
 * Westmark, which promised").  Not after "the" ("the Treasury agreed": an institution
 * whose country is the owner) nor inside a hyphenated name.  A month is not one,
 * nor the last word of a firm's name ("Marrin and Sons promised"). */
static int name_subject(const char *t, const words *w, size_t i, const finder *f,
                        const annot_doc *doc)
{
    const tok *k = &w->v[i];
    size_t n = tok_len_noposs(t, k);
    const tok *p = i ? &w->v[i - 1] : NULL;
    /* "by Westmark, which promised": the agent of a passive, not a determiner */
    int rel = p && tok_eq(t, p, "by") && rel_subject(t, w, i, f->ws);
    if (!p || n < 4 || n >= 48 || (!rel && tok_in_set(t, p, &f->ws->det)) ||
        (p->kind == TOK_PUNCT && !tok_punct(t, p, ",") && !tok_punct(t, p, ";") &&
         !tok_punct(t, p, "(")))
        return 0;
    for (size_t j = 1; j < n; j++)
        if (!islower((unsigned char)t[k->start + j]))
            return 0;
    if (!stands_alone(t, w, i, 0, f->ws) || tok_cap(t, &w->v[i - 1]) ||
        tok_in(t, k, firm_tails) || office_of(t, w, i))
        return 0;
    if (!(n < (size_t)(k->end - k->start) ||
          (i + 1 < w->n && tok_in_set(t, &w->v[i + 1], &f->ws->subj)) || rel))
        return 0;
    if (f->months && tally_lextab_get(f->months, t + k->start, n, 0))
        return 0;
    const annot_proper *pp = proper_of(t, k, doc);
    if (pp && pp->person && !pp->nation)
        return 0;   /* "General Orlan Mesk" ... "Mesk's demand": a person */
    return !placed_here(t, w, i, f->ws) && !is_place(t, k, doc, 1);
}

/* 1 when the capitalised word at token k ends in "-an" but not "-ian" or
 * "-ean", doc's first look found it only where a place stands ("the boot
 * works at Terlan" ... "Terlan works") and the document never writes the
 * name it would derive ("Terla"): a town's name, not an adjective of
 * nationality ("off the Estrellan coast" when "Estrella" is written). */
static int place_an(const char *t, const tok *k, const annot_doc *doc)
{
    size_t n = tok_len_noposs(t, k);
    const char *p = t + k->start;
    if (n < 5 || p[n - 2] != 'a' || p[n - 1] != 'n' || p[n - 3] == 'i' || p[n - 3] == 'e' ||
        !is_place(t, k, doc, 0))
        return 0;
    for (size_t j = 0; j < doc->ncanon; j++)
        if (doc->canon[j].name[0] && strlen(doc->canon[j].adj) == n - 1 &&
            memcmp(doc->canon[j].adj, p, n - 1) == 0)
            return 0;   /* "Estrella" written: "Estrellan" is its adjective */
    return 1;
}

/* 1 when the capitalised words at tokens i, i+1 of w are a person's given
 * name and surname ("Livia Arnesto" on a byline): both single words of
 * letters, one space apart, the second no head of an institution's name
 * and never written in lower case in text t (len bytes: no noun such as
 * "Army"), and the document never writes the first without the second
 * after it; neither a nationality adjective ("Quellarian Emergency
 * Service", "The Tessarian Navy").  A country's name stands alone
 * somewhere; a given name does not.  find_topic() skips a determiner
 * before it ("The"). */
static int given_name(const char *t, size_t len, const words *w, size_t i)
{
    if (i + 1 >= w->n || len == 0)
        return 0;
    const tok *k = &w->v[i], *s = &w->v[i + 1];
    size_t n = k->end - k->start, sn = s->end - s->start;
    char low[48];
    if (n < 3 || sn < 3 || sn >= sizeof low || s->start != k->end + 1 ||
        k->kind != TOK_WORD || s->kind != TOK_WORD || n != tok_len_noposs(t, k) ||
        (unsigned)((unsigned char)t[k->start] - 'A') >= 26u ||
        (unsigned)((unsigned char)t[s->start] - 'A') >= 26u)
        return 0;
    size_t sl = tok_len_noposs(t, s);
    for (size_t j = 1; j < n; j++)
        if ((unsigned)((unsigned char)t[k->start + j] - 'a') >= 26u)
            return 0;
    for (size_t j = 1; j < sl; j++)
        if ((unsigned)((unsigned char)t[s->start + j] - 'a') >= 26u)
            return 0;   /* two words of letters, each capitalised */
    if (derive_name(t, k, low, sizeof low) ||   /* "the Quellarian Emergency ..." */
        derive_name(t, s, low, sizeof low) ||   /* "The Tessarian Navy" */
        tok_in(t, s, inst_heads) || tok_in(t, s, inst_mids) || tok_in(t, s, side_org_heads) ||
        tok_in(t, s, firm_tails))
        return 0;
    /* every place the first word is written, the surname follows it (the
       cheaper look first: a country's name soon stands alone) */
    if (!always_before(t, len, k->start, n, s->start, sl))
        return 0;
    for (size_t j = 0; j < sl; j++)
        low[j] = (char)tolower((unsigned char)t[s->start + j]);
    return !writes_word(t, len, low, sl);   /* "Valdonia Army" ... "the army": a noun */
}

/* 1 when token i is an actor noun of doc (see org_nouns) after a
 * determiner ("the garrison", "the Navy", "the air staff"); its code into
 * *code and the first word after the determiner into *first. */
static int alias_at(const char *t, const words *w, size_t i, const annot_doc *doc,
                    const char **code, size_t *first)
{
    const tok *k = &w->v[i];
    if (!doc || !doc->nalias || k->kind != TOK_WORD || i == 0)
        return 0;
    size_t d = i - 1;
    if (d > 0 && w->v[d].kind == TOK_WORD && !tok_eq(t, &w->v[d], "the") &&
        !tok_eq(t, &w->v[d], "its") && !tok_eq(t, &w->v[d], "their"))
        d--;   /* "the air staff": one word between */
    if (!(tok_eq(t, &w->v[d], "the") || tok_eq(t, &w->v[d], "its") ||
          tok_eq(t, &w->v[d], "their")))
        return 0;
    *first = d + 1;
    size_t n = tok_len_noposs(t, k);
    for (size_t j = doc->nalias; j-- > 0;)
        if (strlen(doc->alias[j].word) == n && words_same_ci(t + k->start, doc->alias[j].word, n)) {
            /* the army of a side whose men the story counts as captives is
               no longer the one acting ("the army" is the captor's) */
            if (doc->have_captive && strcmp(doc->alias[j].code, doc->captive.code) == 0)
                return 0;
            if (doc->alias[j].lower && tok_cap(t, k))
                return 0;   /* "the Kirnland admiralty" ... "the Admiralty": another */
            *code = doc->alias[j].code;
            return 1;
        }
    return 0;
}

/* Nouns in apposition before a name after a preposition ("from its ally
 * Belvania"): the name is still after the preposition. */
static const char *const appositions[] = {"ally", "allies", "neighbour", "neighbor",
                                          "partner", "creditor", "supplier", NULL};

/* 1 when token k is a word of appositions (a cheap look at its length and
 * first letter before the list). */
static int apposition_at(const char *t, const tok *k)
{
    size_t n = k->end - k->start;
    char c = t[k->start];
    return n >= 4 && n <= 9 && (c == 'a' || c == 'n' || c == 'p' || c == 'c' || c == 's') &&
           tok_in(t, k, appositions);
}

/* 1 when token i is preceded by a preposition (with an article or a
 * possessive between allowed: "under an Ostrovian licence"; and a noun of
 * appositions after one: "from its ally Belvania"). */

static int after_prep(const char *t, const words *w, size_t i, const annot_words *ws)
{
    static const char *const arts[] = {"the", "a", "an", "its", "their", "his", "her",
                                       "our", NULL};
    if (i == 0)
        return 0;
    size_t j = i - 1;
    if (j > 0 && apposition_at(t, &w->v[j]) && tok_in(t, &w->v[j - 1], arts))
        j--;   /* "from its ally Belvania" */
    if (j > 0 && tok_in(t, &w->v[j], arts))
        j--;
    if (tok_in_set(t, &w->v[j], &ws->preps))
        return 1;
    /* "with the Harker Motor Company of Farrowland": the country of a
       named body that stands after a preposition */
    if (!tok_eq(t, &w->v[i - 1], "of") || i < 3 || !tok_cap(t, &w->v[i - 2]))
        return 0;
    for (j = i - 2; j > 0 && i - j <= 5 && tok_cap(t, &w->v[j]); j--)
        ;
    if (j > 0 && tok_in(t, &w->v[j], arts))
        j--;
    return j < i - 2 && tok_in_set(t, &w->v[j], &ws->preps);
}

/* The lexicon term starting at token i: its length in tokens (0 none) and
 * its code into *code. */
static size_t lexicon_at(const char *t, const words *w, size_t i, const tally_lextab *tab,
                         int col, const annot_lead *lead, const char **code)
{
    char key[160];
    /* one probe says whether any term can start here (the quick no first) */
    if (col < 0 || (lead && !annot_lead_may(lead, t, w, i, 1, sizeof key)) ||
        !tok_may_start(t, w, i, tab, 1, sizeof key))
        return 0;
    for (size_t len = 5; len >= 1; len--) {
        if (i + len > w->n || w->v[i + len - 1].kind == TOK_PUNCT)
            continue;
        key_of(t, w, i, i + len, key, sizeof key);
        const char *const *rows[4];
        size_t nr = tally_lextab_find(tab, key, strlen(key), rows, 4);
        for (size_t r = 0; r < nr && r < 4; r++) {
            const char *const *row = rows[r];
            if (all_caps(row[0]) && !same_case(t, w, i, i + len, row[0]))
                continue;
            *code = row[col];
            return len;
        }
    }
    return 0;
}

/* 1 when the first letter of token k may start an alias: af holds bit
 * c - 'a' for each letter c an alias of the document starts with (one bit
 * test before any comparison). */
static inline int alias_letter(const char *t, const tok *k, unsigned long af)
{
    unsigned l = (unsigned)words_lower((unsigned char)t[k->start]) - 'a';
    return l < 26u && (af >> l) & 1;
}

/* 1 when token i is a currency sign written against the word before it
 * ("US$", "A$"): that word names a currency, not an actor. */
static int currency_at(const char *t, const words *w, size_t i)
{
    if (i == 0 || i >= w->n || w->v[i].start != w->v[i - 1].end)
        return 0;
    unsigned char c = (unsigned char)t[w->v[i].start];
    return c == '$' || (c == 0xC2 && (unsigned char)t[w->v[i].start + 1] == 0xA3) ||   /* pound */
           (c == 0xE2 && (unsigned char)t[w->v[i].start + 1] == 0x82 &&
            (unsigned char)t[w->v[i].start + 2] == 0xAC);                 /* euro */
}

/* The name of the country that doc found for the derived name code (an
 * adjective in -ish, "Grevish" -> "Greven"), else code itself. */
static const char *canon_of(const annot_doc *doc, const char *code)
{
    for (size_t j = 0; doc && j < doc->ncanon; j++)
        if (doc->canon[j].name[0] && strcmp(doc->canon[j].adj, code) == 0)
            return doc->canon[j].name;
    return code;
}

/* Actors over the tokens of w (a span of t) found with f; doc (may be
 * NULL) adds the countries and actor nouns the document has named before. */
static int find_in(const char *t, const words *w, const finder *f, const annot_doc *doc,
                   tally_actor_mention **out, size_t *n, size_t *cap)
{
    /* the letters aliases start with; none without a document */
    const unsigned long af = doc && doc->nalias ? doc->alias_first : 0;
    const tok *const v = w->v;
    const size_t nt = w->n;
    for (size_t i = 0; i < nt;) {
        const tok *k = &v[i];
        /* most tokens start no actor: a word not capitalised whose first
           letter starts no alias (tok_cap() and alias_letter(), inline) */
        unsigned char c0 = (unsigned char)t[k->start];
        if (k->kind != TOK_WORD ||
            (!((unsigned)(c0 - 'A') < 26u || c0 >= 0xC0) &&
             !((unsigned)(c0 - 'a') < 26u && (af >> (c0 - 'a')) & 1))) {
            i++;
            continue;
        }
        const char *code = NULL;
        size_t used = 0;
        int known = 1, alias = 0;
        size_t first = i;
        char derived[48];
        if (!tok_cap(t, k)) {
            if (!(alias_at(t, w, i, doc, &code, &first) &&
                  !(*n && (*out)[*n - 1].end == v[i - 1].end))) {
                i++;
                continue;
            }
            used = 1, known = 0, alias = 1;   /* "the garrison" */
        }
        if (!used)
            used = lexicon_at(t, w, i, f->tab, f->col, f->lead, &code);
        /* the shapes tried next (derive_name(), org_name(), country_shape(),
           name_subject(), name_before_inst()) all want four letters or
           more: a short word ("The", "In", "It") goes on to the aliases */
        const int shaped = !used && tok_len_noposs(t, k) >= 4;
        if (shaped && i + 1 < nt && v[i + 1].kind == TOK_WORD &&
            derive_name(t, k, derived, sizeof derived) && stands_alone(t, w, i, 1, f->ws) &&
            !surname_an(t, w, i, f->ws) && !place_an(t, k, doc)) {
            used = 1, known = 0;   /* "the Ruritanian regiments" */
            code = derived;
        }
        if (!used && shaped && doc && org_name(t, doc->len, w, i, f->ws) &&
            !formation_word(t, k, doc)) {
            size_t on = v[i + 1].end - k->start;   /* < sizeof derived: org_name() */
            memcpy(derived, t + k->start, on);
            derived[on] = '\0';
            used = 2, known = 0;   /* "the Highland Army" */
            code = derived;
        }
        if (!used && shaped && ((country_shape(t, k, doc) &&
                       (stands_alone(t, w, i, 0, f->ws) ||
                        (stands_alone(t, w, i, 1, f->ws) && inst_after(t, w, i))) &&
                       !indefinite_before(t, w, i)) ||
                      name_subject(t, w, i, f, doc) || name_before_inst(t, w, i, f->ws))) {
            tok_copy(t, k, 1, derived, sizeof derived);
            used = 1, known = 0;   /* "Syldavia agreed" */
            code = derived;
        }
        if (!used && alias_letter(t, k, af) && alias_at(t, w, i, doc, &code, &first) &&
            !(*n && (*out)[*n - 1].end == v[i - 1].end))
            used = 1, known = 0, alias = 1;   /* "the Navy" */
        if (!used || currency_at(t, w, i + used)) {
            i++;   /* "US$4 million": a currency, not an actor */
            continue;
        }
        if (code && *code) {
            if (grow_array((void **)out, cap, *n + 1, sizeof **out) < 0)
                return -1;
            tally_actor_mention *m = &(*out)[(*n)++];
            memset(m, 0, sizeof *m);
            m->start = v[first].start;
            m->end = v[i + used - 1].end;
            copy_str(m->code, sizeof m->code, known || alias ? code : canon_of(doc, code));
            m->known = known;
            m->alias = alias;
            /* "filled by Westmark, which promised 1,200 tanks": the subject of
               its relative clause, not of the sentence */
            m->after_prep = after_prep(t, w, first, f->ws) ||
                            (first > 0 && tok_eq(t, &v[first - 1], "by") &&
                             rel_subject(t, w, i + used - 1, f->ws));
            /* "between Beijing and Pyongyang": the second is after the preposition too */
            if (!m->after_prep && *n >= 2 && i >= 2 &&
                (tok_eq(t, &v[i - 1], "and") || tok_eq(t, &v[i - 1], "or")) &&
                (*out)[*n - 2].end == v[i - 2].end)
                m->after_prep = (*out)[*n - 2].after_prep;
        }
        i += used;
    }
    return 0;
}


/* ---- the lexical word lists: the "actorwords" lexicon table ----
 *
 * The words of the subject matter (verbs of reporting, receiving, losing;
 * nouns of organisations, places, nations; currencies) are rows "word,kind"
 * of datasets/lexicon/actorwords.csv, which a user extends with a file of
 * the same header (--lexicon).  Grammar words stay in the lists above. */

/* The kinds of the table, in the order of aw_sets(). */
static const char *const aw_kinds[] = {
    "report_verb", "qualifier", "subject_verb", "org_noun", "place_noun", "nation_noun",
    "loss_verb", "receive_given", "receive_verb", "provide_verb", "currency", "ask_verb",
    NULL};
enum { AW_SUBJECT = 2, AW_GIVEN = 7, AW_RECEIVE = 8, AW_KINDS = 12 };

/* The sets of ws that the kinds of aw_kinds fill, in that order. */
static void aw_sets(annot_words *ws, wordset *sets[AW_KINDS])
{
    wordset *v[AW_KINDS] = {&ws->report, &ws->qual,    &ws->subj,    &ws->org,
                            &ws->place,  &ws->nation,  &ws->loss,    &ws->given,
                            &ws->receive, &ws->provide, &ws->currency, &ws->ask};
    memcpy(sets, v, sizeof v);
}

/* The index in aw_kinds of kind, or -1 (a kind actor.c does not read). */
static int aw_kind(const char *kind)
{
    for (int k = 0; aw_kinds[k]; k++)
        if (strcmp(aw_kinds[k], kind) == 0)
            return k;
    return -1;
}

/* Append word to list (of *n words, room for WORDSET_MAX and a NULL). */
static void aw_push(const char **list, size_t *n, const char *word)
{
    if (*n < WORDSET_MAX)
        list[(*n)++] = word;
}

/* Fill the lexical sets of ws from lex's "actorwords" table, in the
 * table's order (shipped words, then the user's); a set whose kind has no
 * row, or with no table, is empty.  The sets borrow the lexicon's strings.
 * The subject set holds the auxiliaries of rel_not as well. */
static void annot_words_lex(annot_words *ws, const tally_lexicon *lex)
{
    const char *list[AW_KINDS][WORDSET_MAX + 1];
    size_t n[AW_KINDS] = {0};
    for (size_t k = 0; rel_not[k]; k++)
        aw_push(list[AW_SUBJECT], &n[AW_SUBJECT], rel_not[k]);
    const tally_table *tab = tally_lextab_table(tally_lexicon_tab(lex, "actorwords"));
    int kc = tab ? tally_table_col(tab, "kind") : -1;
    for (size_t r = 0; kc > 0 && r < tab->nrows; r++) {
        int k = aw_kind(tab->rows[r][kc]);
        if (k >= 0 && tab->rows[r][0][0])
            aw_push(list[k], &n[k], tab->rows[r][0]);
    }
    for (size_t j = 0; j < n[AW_GIVEN]; j++)   /* every verb of giving receives too */
        aw_push(list[AW_RECEIVE], &n[AW_RECEIVE], list[AW_GIVEN][j]);
    wordset *sets[AW_KINDS];
    aw_sets(ws, sets);
    for (int k = 0; k < AW_KINDS; k++) {
        list[k][n[k]] = NULL;
        wordset_init(sets[k], list[k]);
    }
}

/* Build the grammar word sets of actor.c into ws; the lexical ones are
 * empty until annot_words_lex() fills them. */
static void annot_words_init(annot_words *ws)
{
    wordset_init(&ws->clause, clause_words);
    wordset_init(&ws->np_words, np_words);
    wordset_init(&ws->np_stop, np_stop);
    wordset_init(&ws->preps, preps);
    wordset_init(&ws->det, determiners);
    wordset_init(&ws->loc, loc_preps);
    annot_words_lex(ws, NULL);
}

/* The finder of c for lexicon lex: its tables are looked up on the first
 * sentence (and again should the lexicon change). */
static finder cache_finder(annot_cache *c, const tally_lexicon *lex)
{
    if (c->lex != lex) {
        c->lex = lex;
        c->actors = tally_lexicon_tab(lex, "actors");
        c->actor_col = c->actors ? tally_table_col(tally_lextab_table(c->actors), "actor") : -1;
        c->months = tally_lexicon_tab(lex, "months");
        c->units = tally_lexicon_tab(lex, "units");
        c->unit_cat = c->units ? tally_table_col(tally_lextab_table(c->units), "category") : -1;
        annot_lead_init(&c->actor_lead, c->actors);
        annot_words_lex(&c->ws, lex);
    }
    return (finder){c->actors, c->actor_col, c->months, &c->ws, &c->actor_lead};
}

tally_status tally_actors_find(const char *text, size_t start, size_t end,
                               const tally_lexicon *lex, tally_actor_mention **out,
                               size_t *n, tally_error *err)
{
    words w;
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    annot_words *ws = malloc(sizeof *ws);
    if (!ws || words_split(text, start, end, &w) < 0) {
        free(ws);
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    annot_words_init(ws);
    annot_words_lex(ws, lex);
    const tally_lextab *tab = tally_lexicon_tab(lex, "actors");
    finder f = {tab, tab ? tally_table_col(tally_lextab_table(tab), "actor") : -1,
                tally_lexicon_tab(lex, "months"), ws, NULL};
    int rc = find_in(text, &w, &f, NULL, out, n, &cap);
    words_free(&w);
    free(ws);
    if (rc < 0) {
        free(*out);
        *out = NULL;
        *n = 0;
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    }
    return TALLY_OK;
}

/* ---- choosing the owner ---- */

/* A sentence's tokens and actors (annot.h), as the owner choice sees it. */
typedef annot_sent sview;

void annot_sent_free(annot_sent *v)
{
    words_free(&v->w);
    free(v->m);
    free(v->mtok);
    free(v->mend);
    for (size_t r = 0; r < sizeof v->back / sizeof *v->back; r++)
        free(v->back[r]);
    free(v->cues);
    memset(v, 0, sizeof *v);
}

/* Words that open a subordinate clause at the start of a sentence: its
 * actors do not own the figures of the main clause after its comma ("When
 * the Brandovian columns cut the railway, the garrison had 300 guns"). */
static const char *const subordinators[] = {"when", "after", "as", "while", "although",
                                            "though", "because", "since", "once", "if",
                                            "before", "until", "whereas", "unless", NULL};

/* The tokens of the leading subordinate clause of w and its comma, 0 when
 * the sentence does not start with one; a short phrase "In ..." and its
 * comma may stand before it ("In May 1943, when the X fleet sailed, ...";
 * "On ...", "By ...", "During ..."), and so may a paragraph's number
 * ("2. Since the X ports were closed, ..."). */
static size_t lead_clause(const char *t, const words *w)
{
    static const char *const time_preps[] = {"in", "on", "by", "during", NULL};
    size_t p = w->n > 2 && w->v[0].kind == TOK_NUM && tok_punct(t, &w->v[1], ".") ? 2 : 0;
    size_t a = p;   /* the subordinator, after a short phrase of time and its comma */
    if (w->n < p + 4)
        return 0;
    if (!tok_in(t, &w->v[p], subordinators)) {
        const tok *k0 = &w->v[p];
        char c0 = (char)(t[k0->start] | 0x20);   /* a quick no before the list */
        if ((c0 != 'i' && c0 != 'o' && c0 != 'b' && c0 != 'd') || !tok_in(t, k0, time_preps))
            return 0;
        a = 0;
        for (size_t i = p + 1; i < w->n && i <= p + 5 && !a; i++)
            if (tok_punct(t, &w->v[i], ","))
                a = i + 1;   /* "In April 1943, when the X blockade began to bite," */
        if (!a || w->n < a + 4 || !tok_in(t, &w->v[a], subordinators))
            return 0;
    }
    for (size_t i = a + 1; i + 1 < w->n; i++) {
        if (tok_punct(t, &w->v[i], ","))
            return i + 1;
        if (tok_punct(t, &w->v[i], ";") || tok_punct(t, &w->v[i], ":"))
            return 0;
    }
    return 0;
}

/* Load sentence si into v, whose room (from the sentence it held before)
 * is reused: its tokens (from toks when it has them, else split now) and
 * its actors.  0 or -1 (OOM; v is then freed). */
static int sview_load(const char *t, const tally_segments *seg, size_t si, const finder *f,
                      const annot_doc *doc, const words_store *toks, sview *v)
{
    const tally_sentence *s = &seg->sents[si];
    for (size_t r = 0; r < sizeof v->back / sizeof *v->back; r++) {
        free(v->back[r]);
        v->back[r] = NULL;
    }
    v->nm = 0;
    v->ncues = 0;
    v->cue_lo = v->cue_end = 0;
    v->cue_valid = 0;
    v->lead = 0;
    v->frame = v->frame_ctx = 0;
    int rc = toks ? words_store_get(toks, si, s->start, &v->w) : 1;
    if (rc == 1)
        rc = words_resplit(t, s->start, s->end, &v->w);
    if (rc < 0 || find_in(t, &v->w, f, doc, &v->m, &v->nm, &v->cap) < 0 ||
        grow_array((void **)&v->mtok, &v->mtokcap, v->nm ? v->nm : 1, sizeof *v->mtok) < 0 ||
        grow_array((void **)&v->mend, &v->mendcap, v->nm ? v->nm : 1, sizeof *v->mend) < 0) {
        annot_sent_free(v);
        return -1;
    }
    for (size_t k = 0; k < v->nm; k++) {
        v->mtok[k] = words_at(&v->w, v->m[k].start);
        v->mend[k] = words_at(&v->w, v->m[k].end);
    }
    v->lead = lead_clause(t, &v->w);
    v->arms = 0;   /* not scanned yet */
    return 0;
}

void annot_cache_init(annot_cache *c)
{
    memset(c, 0, sizeof *c);
    annot_words_init(&c->ws);
    annot_mwords_init(&c->mws);
    c->actor_col = -1;
    c->unit_cat = -1;
    annot_lead_init(&c->actor_lead, NULL);   /* rules out nothing until a table is found */
}

/* Tell c the lexicon its word sets and tables come from before the first
 * sentence (so that annot_doc_places() can use them).  To be declared in
 * annot.h and called by tally_annotate() after annot_cache_init(). */
void annot_cache_lex(annot_cache *c, const tally_lexicon *lex)
{
    (void)cache_finder(c, lex);
}

annot_sent *annot_cache_sent(annot_cache *c, const char *text, const tally_segments *seg,
                             size_t si, const tally_lexicon *lex)
{
    size_t lru = 0;
    c->clock++;
    for (size_t i = 0; i < ANNOT_CACHE; i++) {
        if (c->si[i] == si + 1) {
            c->used[i] = c->clock;
            return &c->s[i];
        }
        if (c->used[i] < c->used[lru])
            lru = i;
    }
    c->si[lru] = 0;
    const finder f = cache_finder(c, lex);
    if (sview_load(text, seg, si, &f, c->doc, c->toks, &c->s[lru]) < 0)
        return NULL;
    c->si[lru] = si + 1;
    c->used[lru] = c->clock;
    return &c->s[lru];
}

void annot_cache_free(annot_cache *c)
{
    for (size_t i = 0; i < ANNOT_CACHE; i++)
        annot_sent_free(&c->s[i]);
    annot_doc *doc = c->doc;
    const words_store *toks = c->toks;
    annot_cache_init(c);
    c->doc = doc;
    c->toks = toks;
}

/* 1 when token i is "that" opening a clause ("declared that the ..."). */
static int that_clause(const char *t, const words *w, size_t i)
{
    static const char *const next[] = {"the", "he", "she", "they", "it", "we", "i", "there",
                                       "a", "an", "if", "its", "their", "his", NULL};
    if (!tok_eq(t, &w->v[i], "that") || i + 1 >= w->n)
        return 0;
    return tok_cap(t, &w->v[i + 1]) || tok_in(t, &w->v[i + 1], next);
}

/* 1 when token i starts a new clause ("so" only before a subject); ws
 * holds clause_words. */
static int clause_break(const char *t, const words *w, size_t i, const annot_words *ws)
{
    const tok *k = &w->v[i];
    if (k->kind == TOK_PUNCT)
        return tok_punct(t, k, ";") || tok_punct(t, k, ":");
    int x = tok_set_index(t, k, &ws->clause);
    if (x == CLAUSE_SO)
        return i + 1 < w->n && (tok_cap(t, &w->v[i + 1]) || tok_eq(t, &w->v[i + 1], "the"));
    if (x == CLAUSE_THAT)
        return that_clause(t, w, i);
    return x >= 0;
}

/* The first actor of v whose first token is at or after token a (v->nm if
 * none): actors are in order, so bisect. */
static size_t first_actor(const sview *v, size_t a)
{
    size_t lo = 0, hi = v->nm;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v->mtok[mid] < a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Nouns of people who watch and tell: an actor before one ("an Ambrian
 * observer counted eleven makes of machine tool") is a witness of what it
 * counts, not its owner. */
static const char *const witness_nouns[] = {
    "observer", "observers", "visitor", "visitors", "correspondent", "correspondents",
    "journalist", "journalists", "reporter", "reporters", "attache", "attaché", "attachés",
    "attaches", "traveller", "travellers", "traveler", "travelers", NULL};

/* A side's records, a witness of what they count too ("the Daskarian logs
 * record four"). */
static const char *const record_nouns[] = {"log", "logs", "diary", "diaries", "archives",
                                           NULL};

/* 1 when mention k of v is a witness: a noun of witness_nouns follows it,
 * an adjective between allowed ("a Ruritanian military observer"). */
static int witness(const char *t, const sview *v, size_t k)
{
    size_t e = v->mend[k];
    for (size_t j = e; j < v->w.n && j < e + 2; j++) {
        if (v->w.v[j].kind != TOK_WORD)
            return 0;
        unsigned c = (unsigned)words_lower((unsigned char)t[v->w.v[j].start]) - 'a';
        /* the letters the nouns start with: most words are ruled out here */
        const unsigned long first = 1ul << ('o' - 'a') | 1ul << ('v' - 'a') |
                                    1ul << ('c' - 'a') | 1ul << ('j' - 'a') |
                                    1ul << ('r' - 'a') | 1ul << ('a' - 'a') |
                                    1ul << ('t' - 'a'),
                            rec = 1ul << ('l' - 'a') | 1ul << ('d' - 'a') | 1ul << ('a' - 'a');
        if (c >= 26u || !((first | rec) >> c & 1))
            continue;
        if (((first >> c) & 1 && tok_in(t, &v->w.v[j], witness_nouns)) ||
            ((rec >> c) & 1 && tok_in(t, &v->w.v[j], record_nouns)))
            return 1;
    }
    return 0;
}

/* Nouns of people held by the other side: an actor before one ("47,600
 * Sennian prisoners", "the Sennian prisoners of war") names whom they
 * were taken from, not who holds, feeds and counts them. */
static const char *const captive_nouns[] = {"prisoner", "prisoners", "captives", "internees",
                                            "POWs", NULL};

/* 1 when the word at token j of w, or the one after it (an adjective
 * between: "Sennian wounded prisoners"), is a noun of captive_nouns. */
static int captive_at(const char *t, const words *w, size_t j)
{
    for (size_t q = j; q < w->n && q < j + 2; q++) {
        if (w->v[q].kind != TOK_WORD)
            return 0;
        if (w->v[q].end - w->v[q].start < 4)
            continue;
        const char *p = t + w->v[q].start;   /* cheap test first: "pr", "ca", "in", "PO" */
        int c = (p[0] | 0x20) << 8 | (p[1] | 0x20);
        if ((c == ('p' << 8 | 'r') || c == ('c' << 8 | 'a') || c == ('i' << 8 | 'n') ||
             c == ('p' << 8 | 'o')) && tok_in(t, &w->v[q], captive_nouns))
            return 1;
    }
    return 0;
}

/* 1 when mention k of v stands before a noun of captives ("Sennian
 * prisoners"): no owner of what is counted. */
static int captive(const char *t, const sview *v, size_t k)
{
    size_t j = v->mtok[k];   /* the token after the mention: mostly one step on */
    while (j < v->w.n && v->w.v[j].start < v->m[k].end)
        j++;
    return captive_at(t, &v->w, j);
}

/* 1 when mention k of v is the subject of a relative clause without
 * "that" on a share of what another counted: "of what" or "of those", an
 * article allowed, then the actor and an auxiliary ("half of what the
 * Valdonians had asked", "a third of those the Valdonians had built"); or
 * "of all" in apposition to a figure ("2,310 mines, nearly half of all
 * the Valdonians had laid"; not "half of all the Valdonians had died" as
 * a subject).  It owns neither the figure nor the sentence. */
static int hidden_relative(const char *t, const sview *v, size_t k)
{
    static const char *const auxes[] = {"had", "have", "has", "could", "would", "did",
                                        "might", NULL};
    const words *w = &v->w;
    size_t a = v->mtok[k];   /* the cheap tests first: most actors have no "of" there */
    if (a >= 3 && tok_eq(t, &w->v[a - 1], "the"))
        a--;
    if (a < 2 || !tok_eq(t, &w->v[a - 2], "of"))
        return 0;
    size_t e = v->mend[k];
    if (e >= w->n || !tok_in(t, &w->v[e], auxes))
        return 0;
    if (tok_eq(t, &w->v[a - 1], "what") || tok_eq(t, &w->v[a - 1], "those"))
        return 1;
    if (!tok_eq(t, &w->v[a - 1], "all"))
        return 0;
    /* "N nouns, [up to three words] of all": the comma after a figure's noun */
    for (size_t j = a - 2, n = 0; j > 2 && n < 4; j--, n++)
        if (tok_punct(t, &w->v[j - 1], ","))
            return w->v[j - 2].kind == TOK_WORD && w->v[j - 3].kind == TOK_NUM;
    return 0;
}

/* The first actor of tokens [a, b) that is not after a preposition,
 * skipping a source before a verb of saying ("X records show that ...";
 * rv: the report_verbs as a word set).  Returns its index in v->m or -1. */
static long subject_in(const char *t, const sview *v, size_t a, size_t b, int strict,
                       const wordset *rv)
{
    for (size_t k = first_actor(v, a); k < v->nm && v->mtok[k] < b; k++) {
        const tally_actor_mention *m = &v->m[k];
        if (m->after_prep || witness(t, v, k) || captive(t, v, k) || hidden_relative(t, v, k))
            continue;
        /* a source: an actor then a verb of saying then "that" */
        size_t e = words_at(&v->w, m->end);
        int source = 0;
        for (size_t j = e + (strict ? 0 : 1); j < b && j < e + 5; j++) {
            if (tok_in_set(t, &v->w.v[j], rv)) {
                for (size_t q = j + 1; q < b && q < j + 4; q++)
                    if (that_clause(t, &v->w, q))
                        source = 1;
            }
            if (source)
                break;
        }
        if (source)
            continue;
        return (long)k;
    }
    return -1;
}

/* Remember in doc the country derived from mention m (nothing if known). */
static void doc_name(annot_doc *doc, const tally_actor_mention *m)
{
    for (size_t j = 0; j < doc->nname; j++)
        if (strcmp(doc->name[j], m->code) == 0)
            return;
    if (doc->nname < ANNOT_NAMES)
        copy_str(doc->name[doc->nname++], sizeof doc->name[0], m->code);
}

/* Make noun (tokens k of w) stand for code in doc; a later actor of the
 * same noun replaces an earlier one, except that the topic's own noun
 * stays the topic's ("The Lurenian navy laid ..., the Vardanan navy ...;
 * the navy began": a paper on one navy means its own by "the navy"). */
static void doc_alias(annot_doc *doc, const char *t, const tok *k, const char *code)
{
    char word[24];
    size_t n = tok_len_noposs(t, k);
    if (n >= sizeof word)
        return;
    for (size_t j = 0; j < n; j++)
        word[j] = (char)words_lower((unsigned char)t[k->start + j]);
    word[n] = '\0';
    size_t j = 0;
    while (j < doc->nalias && strcmp(doc->alias[j].word, word) != 0)
        j++;
    if (j == doc->nalias) {
        if (doc->nalias == ANNOT_ALIASES)
            return;
        doc->nalias++;
    } else if (doc->have_topic && strcmp(doc->alias[j].code, doc->topic.code) == 0 &&
               strcmp(code, doc->topic.code) != 0 && doc->alias[j].lower == !tok_cap(t, k)) {
        return;   /* the topic's own "navy" stays the topic's */
    }
    memcpy(doc->alias[j].word, word, n + 1);   /* n < sizeof word */
    doc->alias[j].lower = !tok_cap(t, k);
    copy_str(doc->alias[j].code, sizeof doc->alias[j].code, code);
    doc->alias_first |= 1UL << (word[0] - 'a');
}

/* 1 when token k opens a relative clause ("which", "who"; ws holds
 * clause_words). */
static int is_relative(const char *t, const tok *k, const annot_words *ws)
{
    if (k->kind != TOK_WORD)
        return 0;
    int x = tok_set_index(t, k, &ws->clause);
    return x == CLAUSE_WHICH || x == CLAUSE_WHO;
}

/* 1 when token j of w is a "that" opening a relative clause on a figure's
 * noun: a number at most three words before it, only words between ("80
 * gliders that Brennland had delivered", not "reported that Brennland"). */
static int figure_that(const char *t, const words *w, size_t j)
{
    if (!tok_eq(t, &w->v[j], "that"))
        return 0;
    for (size_t q = j, n = 0; q > 0 && n < 3; q--, n++) {
        const tok *k = &w->v[q - 1];
        if (k->kind == TOK_NUM)
            return n > 0;
        if (k->kind != TOK_WORD)
            return 0;
    }
    return 0;
}

/* Where the subject of sentence v is looked for ends (doc_read()): its
 * first relative word after the leading clause ("which", "who", a figure's
 * "that"), else its end.  subject_in() reads no token more than eight past
 * the last actor, so the look stops there (w->n for "none before") once
 * it is past the leading clause too. */
static size_t relative_at(const char *t, const sview *v, const annot_words *ws)
{
    const words *w = &v->w;
    size_t stop = 0;   /* the first token subject_in() never reads */
    for (size_t a = 0; a < v->nm; a++)
        if (v->mend[a] + 9 > stop)
            stop = v->mend[a] + 9;
    size_t rel = v->lead;
    while (rel < w->n && !is_relative(t, &w->v[rel], ws) && !figure_that(t, w, rel)) {
        if (++rel == stop)
            return w->n;
    }
    return rel;
}

/* 1 when actor k of sentence v is named as a country acting, the kind of
 * subject whose story a document opens with: "the government of
 * Galdonia", "the Galdonian government", "Galdonia" standing alone before a
 * verb; not an adjective before a unit or a force ("the Valdonian
 * garrison", "the Chinese army", "Valdonian columns": the side a story
 * opens on may be the one others come to help) nor an item after a colon. */
static int lead_side(const char *t, const sview *v, size_t k, const annot_words *ws)
{
    static const char *const lead_nouns[] = {"government", "cabinet", "ministry", "parliament",
                                             "authorities", "regime", "treasury", NULL};
    const words *w = &v->w;
    size_t i = v->mtok[k], e = v->mend[k];
    for (size_t j = 0; j < i; j++)
        if (tok_punct(t, &w->v[j], ":"))
            return 0;
    if (i >= 2 && tok_eq(t, &w->v[i - 1], "of") && tok_in(t, &w->v[i - 2], lead_nouns))
        return 1;   /* "the government of Galdonia" */
    if (e < w->n && w->v[e].start >= v->m[k].end && tok_in(t, &w->v[e], lead_nouns))
        return 1;   /* "the Galdonian government" */
    return e < w->n && w->v[e].kind == TOK_WORD && !tok_cap(t, &w->v[e]) &&
           !tok_in_set(t, &w->v[e], &ws->org) && (i == 0 || !tok_cap(t, &w->v[i - 1])) &&
           strlen(v->m[k].code) == tok_len_noposs(t, &w->v[i]) &&
           strncmp(v->m[k].code, t + w->v[i].start, strlen(v->m[k].code)) == 0;
    /* "Galdonia emptied": the name as written, not an adjective */
}

/* 1 when sentence v opens with a leading clause and its main clause with
 * "it" or "they" ("When the Halbrian War Office decided ..., it set a
 * target"): the pronoun stands for the leading clause's subject. */
static int pronoun_main(const char *t, const sview *v)
{
    static const char *const pronouns[] = {"it", "they", NULL};
    return v->lead > 0 && v->lead < v->w.n && tok_in(t, &v->w.v[v->lead], pronouns);
}

/* 1 when actor k of sentence v is written as an adjective before a noun in
 * lower case ("When Morvian brigades cut the railway, they ..."): a
 * side's troops closing in on a place are no sign that the story is that
 * side's (lead_side() says the same of a main clause's subject). */
static int force_adjective(const char *t, const sview *v, size_t k)
{
    const words *w = &v->w;
    size_t i = v->mtok[k], e = v->mend[k];
    size_t n = strlen(v->m[k].code);
    if (e >= w->n || e != i + 1 || w->v[e].kind != TOK_WORD || tok_cap(t, &w->v[e]))
        return 0;
    return tok_len_noposs(t, &w->v[i]) != n || strncmp(v->m[k].code, t + w->v[i].start, n) != 0;
}

/* The index of the one side that sentence v names, when it names it only
 * as the place the sentence is set in, written as its name after "in"
 * ("the strongest air defences in Halmaria"), else -1.  In the first
 * sentence naming a side, with no side in the title and no subject, it is
 * the country the story is told of. */
static long setting_side(const char *t, const sview *v)
{
    if (v->nm != 1)
        return -1;
    const words *w = &v->w;
    size_t i = v->mtok[0], e = v->mend[0];
    size_t n = strlen(v->m[0].code);
    if (i == 0 || !tok_eq(t, &w->v[i - 1], "in") || e != i + 1 ||
        tok_len_noposs(t, &w->v[i]) != n || strncmp(v->m[0].code, t + w->v[i].start, n) != 0)
        return -1;
    return 0;
}

/* Nouns of a document whose issuing body, named after "of" or "by", is the
 * side it tells of ("A report of the Valdmark Historical Commission"). */
static const char *const report_nouns[] = {"report", "study", "history", "publication",
                                           "survey", "paper", "account", NULL};

/* 1 when the capitalised word at token i, before a title-case name
 * ("Valdmark Historical Commission"), can be a country's name: one word in
 * capitalised lower case, not after another capitalised word but a
 * determiner, no word of inst_not, inst_mids or ws->qual ("the Royal ...",
 * "the Red ...") and no adjective's ending ("Eastern", "National"). */
static int issuer_name(const char *t, const words *w, size_t i, const annot_words *ws)
{
    const tok *k = &w->v[i];
    size_t n = tok_len_noposs(t, k);
    if (n < 4 || n >= 48 || n != k->end - k->start)
        return 0;
    for (size_t j = 1; j < n; j++)
        if ((unsigned)((unsigned char)t[k->start + j] - 'a') >= 26u)
            return 0;
    return name_word(t, w, i, n, ws);
}

/* The side that sentence w names as the issuing body of the document it
 * opens ("A report of the Valdmark Historical Commission.", "A study by
 * the Ostrian Naval Staff") into *m: the sentence opens (after
 * punctuation) with "a", "an" or "this", a noun of report_nouns, then "of"
 * or "by" and maybe "the", then a title-case name whose first word is a
 * country the lexicon knows, one shaped like one or named so elsewhere in
 * the document (doc), or an adjective of one.  1 when found, else 0. */
static int report_issuer(const char *t, const words *w, const annot_doc *doc,
                         const annot_words *ws, tally_actor_mention *m)
{
    size_t i = 0;
    while (i < w->n && w->v[i].kind == TOK_PUNCT)
        i++;
    static const char *const dets[] = {"a", "an", "this", NULL};
    if (i + 3 >= w->n || !tok_in(t, &w->v[i], dets) || !tok_in(t, &w->v[i + 1], report_nouns) ||
        (!tok_eq(t, &w->v[i + 2], "of") && !tok_eq(t, &w->v[i + 2], "by")))
        return 0;
    i += 3;
    if (tok_eq(t, &w->v[i], "the"))
        i++;
    if (i + 1 >= w->n || !tok_cap(t, &w->v[i]) || !tok_cap(t, &w->v[i + 1]))
        return 0;
    const tok *k = &w->v[i];
    char derived[48];
    *m = (tally_actor_mention){0};
    if (derive_name(t, k, derived, sizeof derived))
        copy_str(m->code, sizeof m->code, canon_of(doc, derived));   /* "Ostrian" */
    else if (country_shape(t, k, doc) || issuer_name(t, w, i, ws))
        tok_copy(t, k, 1, m->code, sizeof m->code);   /* "Valdmark" */
    else
        return 0;
    m->start = k->start;
    m->end = k->end;
    return 1;
}

/* 1 when the clause at token i opens with a determiner and a word, the
 * subject it names for itself ("the island republic", "its fleet"). */
static int own_subject(const char *t, const words *w, size_t i)
{
    static const char *const dets[] = {"the", "a", "an", "its", "their", "his", "her",
                                       "this", "these", "those", "our", NULL};
    return i + 1 < w->n && tok_in(t, &w->v[i], dets) && w->v[i + 1].kind == TOK_WORD;
}

/* Verbs of arriving: their subject's side is the sender of what arrived
 * ("the ten Alderian destroyers arrived"), not the side that now has it. */
static const char *const arrive_verbs[] = {"arrived", "arrive", "arrives", NULL};

/* 1 when actor k of v is the sender of a verb of arriving after it and
 * before token fi ("the Alderian destroyers arrived, raising the escort
 * force to 32 ships": 32 is the receiver's). */
static int arriving(const char *t, const sview *v, long k, size_t fi)
{
    const words *w = &v->w;
    size_t e = v->mend[k];
    if (v->mtok[k] >= fi)
        return 0;
    for (size_t j = e; j < fi && j < e + 4; j++) {
        if (w->v[j].kind == TOK_PUNCT)
            return 0;
        if (tok_in(t, &w->v[j], arrive_verbs))
            return 1;
    }
    return 0;
}

static int passive_arms(const char *t, const words *w, size_t li);
static int passive_agent(const char *t, const words *w, size_t a, const annot_words *ws);

/* 1 when a number of w in tokens [e, to), in a later clause than token e
 * (punctuation between), is what a passive verb of arms with no agent does
 * ("The Valdonian gunners held their fire: 18 bombers were shot down"):
 * the side before e attacked, the loss is another's.  *at: that number's
 * token. */
static int passive_loss_after(const char *t, const words *w, size_t e, size_t to, size_t *at)
{
    int punct = 0;
    for (size_t j = e; j + 1 < to; j++) {
        punct |= w->v[j].kind == TOK_PUNCT;
        if (punct && w->v[j].kind == TOK_NUM && passive_arms(t, w, j + 1)) {
            *at = j;
            return 1;
        }
    }
    return 0;
}

/* Verbs of suffering loss: their subject is the victim of what the next
 * sentences count ("the fleet lost 87 ships. Mines sank 34, ..."). */
static const char *const suffer_verbs[] = {"lost", "lose", "loses", "suffered", "suffers",
                                           NULL};

/* Verbs of claiming a kill: "the escorts claimed 19 submarines". */
static const char *const claim_verbs[] = {"claimed", "claim", "claims", NULL};

static int claimed_before(const char *t, const words *w, size_t fi);

/* The side after a verb of claiming at token j ("X units claimed 1,240 Y
 * aircraft destroyed"), a number between: the victim of the kills claimed,
 * whose losses the next sentences go on to count; -1 when no such side
 * follows actor s. */
static long claimed_victim(const char *t, const sview *v, long s, size_t j)
{
    const words *w = &v->w;
    if (j + 1 >= w->n || !claimed_before(t, w, j + 1) ||
        !tok_in(t, &w->v[j], claim_verbs))
        return -1;
    for (size_t k = (size_t)s + 1; k < v->nm; k++)
        if (v->mtok[k] > j + 1 && !v->m[k].after_prep && v->mtok[k] <= j + 4 &&
            w->v[v->mtok[k] - 1].kind == TOK_NUM)
            return (long)k;
    return -1;
}

/* The actor in force after sentence v whose subject is actor s: s, or,
 * when s is the attacker of a verb of loss just after it ("Korsovian
 * submarines sank 61 Vellish ships"), the victim named after the verb,
 * whose losses the next sentences go on to count; -1 when none is named.
 * *suffered is set when s is the subject of a verb of suffering loss. */
static long victim_of(const char *t, const sview *v, long s, const annot_words *ws,
                      int *attack, int *suffered)
{
    *attack = *suffered = 0;
    const words *w = &v->w;
    size_t e = v->mend[s];
    if (arriving(t, v, s, w->n))
        return -1;   /* the sender of what arrived */
    for (size_t j = e; j < w->n && j < e + 4; j++) {
        if (w->v[j].kind == TOK_PUNCT)
            break;
        unsigned char c = words_lower((unsigned char)t[w->v[j].start]);
        if ((c == 'l' || c == 's') && tok_in(t, &w->v[j], suffer_verbs))
            *suffered = 1;   /* "the fleet lost 87 ships" */
        long k = c == 'c' ? claimed_victim(t, v, s, j) : -1;
        if (k >= 0) {
            *attack = 1;   /* "X units claimed 1,240 Y aircraft destroyed" */
            return k;
        }
        if (!tok_in_set(t, &w->v[j], &ws->loss) || (j > 0 && w->v[j - 1].kind == TOK_NUM))
            continue;
        *attack = 1;
        for (size_t k = (size_t)s + 1; k < v->nm; k++)
            if (v->mtok[k] > j && !v->m[k].after_prep)
                return (long)k;
        return -1;
    }
    size_t at;   /* up to the next side named: none may come before the loss */
    if (passive_loss_after(t, w, e, (size_t)s + 1 < v->nm ? v->mtok[s + 1] : w->n, &at)) {
        *attack = 1;   /* no other side named before the loss: the victim is unnamed */
        return -1;
    }
    return s;
}

/* The subject of the last clause of sentence v after a semicolon, when
 * one follows actor f and that clause opens with a side of its own ("X
 * asked for 12 sailings; the Y board promised eight"): the side the next
 * sentences go on with.  -1 when none. */
static long last_clause_subject(const char *t, const sview *v, size_t f,
                                const annot_words *ws)
{
    const words *w = &v->w;
    size_t from = v->m[f].end, to = w->n ? w->v[w->n - 1].end : from;
    if (to <= from || !memchr(t + from, ';', to - from))
        return -1;   /* most sentences have none */
    size_t semi = w->n;
    for (size_t j = w->n; j-- > v->mtok[f];)
        if (tok_punct(t, &w->v[j], ";")) {
            semi = j;
            break;
        }
    if (semi == w->n || !own_subject(t, w, semi + 1))
        return -1;
    long g = subject_in(t, v, semi + 1, w->n, 0, &ws->report);
    return g >= 0 && strcmp(v->m[g].code, v->m[f].code) != 0 ? g : -1;
}

/* The subject of a body sentence stays in force this many sentences; after
 * that a figure without an actor of its own is the document's main actor's. */
#define FORCE_NEAR 2

/* Forms of "to be" before a participle of the passive voice. */
static const char *const be_forms[] = {"was", "were", "be", "been", "being", "is", "are",
                                       NULL};

/* Verbs of loss that only an enemy's arms do (a storm or typhus may kill
 * or destroy, not sink or shoot down). */
static const char *const arms_verbs[] = {"sank", "sink", "sinks", "sunk", "torpedoed",
                                         "downed", "shot", "bombed", NULL};

/* 1 when the figure whose noun is token li of w is what a passive verb of
 * arms with no agent does: "18 transports were shot down", "nine ships
 * were sunk", not "were sunk by mines". */
static int passive_arms(const char *t, const words *w, size_t li)
{
    if (li + 2 >= w->n || w->v[li].kind != TOK_WORD || !tok_in(t, &w->v[li + 1], be_forms) ||
        !tok_in(t, &w->v[li + 2], arms_verbs))
        return 0;
    for (size_t j = li + 3; j < w->n && j < li + 5; j++)
        if (tok_eq(t, &w->v[j], "by"))
            return 0;
    return 1;
}

/* 1 when the figure at tokens fi..li of sentence w is what a verb of loss
 * does: the verb at most five words before it with no punctuation between
 * ("the boats sank 31 ships", "To sink the 31 ships", "sank only six"), or
 * its participle right after the figure's noun ("412 wagons destroyed",
 * not "2,650 aircraft bombed"); not a noun after a number ("200 killed").  Without armed (no side seen
 * attacking yet) only a verb of arms_verbs counts. */
static int lost_figure(const char *t, const words *w, size_t fi, size_t li,
                       const annot_words *ws, int armed)
{
    for (size_t j = fi; j-- > 0 && j + 6 > fi;) {
        if (w->v[j].kind == TOK_PUNCT)
            break;
        if (tok_in_set(t, &w->v[j], &ws->loss) && !(j > 0 && w->v[j - 1].kind == TOK_NUM))
            return armed || tok_in(t, &w->v[j], arms_verbs);
    }
    /* "2,650 aircraft bombed" is what they did: bombing is also intransitive */
    return li + 1 < w->n && li > fi && w->v[li].kind == TOK_WORD &&
           tok_in_set(t, &w->v[li + 1], &ws->loss) && !tok_eq(t, &w->v[li + 1], "bombed") &&
           (armed || tok_in(t, &w->v[li + 1], arms_verbs));
}

/* 1 when the noun of the figure ending at token li of w (not a number)
 * is the noun of a figure before fi in w that a verb of loss does ("sank
 * 31 ships of 126,000 tons, some 3,500 tons a month"). */
static int lost_noun(const char *t, const words *w, size_t fi, size_t li,
                     const annot_words *ws)
{
    if (li >= w->n || li <= fi || w->v[li].kind != TOK_WORD)
        return 0;
    const tok *n = &w->v[li];
    for (size_t j = 0; j < fi; j++) {
        if (w->v[j].kind != TOK_NUM || !lost_figure(t, w, j, j, ws, 0))
            continue;
        for (size_t q = j + 1; q < fi && q <= j + 2; q++)
            if (w->v[q].end - w->v[q].start == n->end - n->start &&
                memcmp(t + w->v[q].start, t + n->start, n->end - n->start) == 0)
                return 1;
    }
    return 0;
}

/* The side doing what a verb of loss does in body sentence si when its
 * subject names none ("Together the boats sank 31 ships"): the last side
 * seen attacking, else the side in force, else the topic; NULL when doc
 * knows none. */
static const tally_actor_mention *unnamed_attacker(const annot_doc *doc, size_t si)
{
    if (doc->have_attacker)
        return &doc->attacker;
    if (doc->have_force && doc->force_si + FORCE_NEAR >= si)
        return &doc->force;
    return doc->have_topic ? &doc->topic : NULL;
}

static const struct annot_count *other_side(const annot_doc *doc, const char *foe);

/* The side in force before body sentence si when it was there the subject
 * of a verb of suffering loss in the same paragraph ("the fleet lost 87
 * ships. Mines sank 34, ..."): the losses the next sentences count with no
 * side named are its own.  NULL when there is none. */
static const tally_actor_mention *victim_in_force(const annot_doc *doc,
                                                  const tally_segments *seg, size_t si)
{
    if (!doc->have_force || !doc->force_lost || doc->force_si + FORCE_NEAR < si ||
        seg->sents[doc->force_si].para != seg->sents[si].para)
        return NULL;
    return &doc->force;
}

/* The side whose loss it is when foe did it and named no victim: the most
 * frequent subject other than foe, else the last other country the
 * document has named ("the War on Estrellan Shipping"); NULL none. */
static const char *victim_code(const annot_doc *doc, const char *foe)
{
    const struct annot_count *oc = other_side(doc, foe);
    if (oc)
        return oc->m.code;
    for (size_t j = doc->nname; j-- > 0;)
        if (strcmp(doc->name[j], foe) != 0)
            return doc->name[j];
    return NULL;
}

/* Whether sentence w has a verb of arms_verbs in the active voice after a
 * word: "Together the boats sank 31 ships", "To sink the 31
 * ships the boats fired ...", not "both sunk by torpedo boats", "had been
 * torpedoed": bit 1; bit 2 when one is not an infinitive ("To sink"): the
 * attack was made. */
static int arms_scan(const char *t, const words *w)
{
    int r = 0;
    for (size_t j = 1; j < w->n; j++) {
        const tok *k = &w->v[j];
        /* cheap test first: "san", "sin", "sun", "sho", "tor", "dow", "bom" */
        size_t n = k->end - k->start;
        if (k->kind != TOK_WORD || n < 4 || n > 9)
            continue;
        const char *p = t + k->start;
        unsigned char c = (unsigned char)p[0] | 0x20;
        if (!(c == 's' ? (p[2] == 'n' && (p[1] == 'a' || p[1] == 'i' || p[1] == 'u')) ||
                             (p[1] == 'h' && p[2] == 'o')
                       : c == 't' ? p[1] == 'o' && p[2] == 'r'
                       : c == 'd' ? p[1] == 'o' && p[2] == 'w'
                       : c == 'b' && p[1] == 'o' && p[2] == 'm') ||
            !tok_in(t, k, arms_verbs) ||
            w->v[j - 1].kind != TOK_WORD || tok_in(t, &w->v[j - 1], be_forms) ||
            tok_eq(t, k, "sunk") || (j + 1 < w->n && tok_eq(t, &w->v[j + 1], "by")))
            continue;
        r |= 1;
        if (!tok_eq(t, &w->v[j - 1], "to"))
            r |= 2;
    }
    return r;
}

/* arms_scan() of sentence v, scanned once when first asked for: with
 * done, only a verb that is not an infinitive counts. */
static int arms_sentence(const char *t, sview *v, int done)
{
    if (!v->arms)
        v->arms = 4 | arms_scan(t, &v->w);
    return (v->arms & (done ? 2 : 1)) != 0;
}

/* 1 when the actor at token i stands after "against" (an article
 * between allowed): the side opposed, not the one the story follows. */
static int opposed_at(const char *t, const words *w, size_t i)
{
    for (size_t j = i, n = 0; j > 0 && n < 2; j--, n++) {
        const tok *k = &w->v[j - 1];
        if (tok_eq(t, k, "against"))
            return 1;
        if (!tok_eq(t, k, "the") && !tok_eq(t, k, "an") && !tok_eq(t, k, "a"))
            return 0;
    }
    return 0;
}

/* 1 when the actor at token i stands after a verb of taking and "from"
 * ("taken from the Pradelian army", an article between allowed): the side
 * things were taken from, not the one whose army "the army" later names. */
static int taken_from(const char *t, const words *w, size_t i)
{
    static const char *const taking[] = {"taken", "captured", "seized", "stolen", "wrested",
                                         "took", NULL};
    size_t j = i;
    if (j > 0 && (tok_eq(t, &w->v[j - 1], "the") || tok_eq(t, &w->v[j - 1], "an") ||
                  tok_eq(t, &w->v[j - 1], "a")))
        j--;
    return j >= 2 && tok_eq(t, &w->v[j - 1], "from") && tok_in(t, &w->v[j - 2], taking);
}

/* 1 when token j, the head of an actor's words e.. ("the Castmoor Air
 * Force"), is "force" written after another capitalised word of the name:
 * alone, "the force" names any body of men ("raised the force to 12,000"),
 * not that air force. */
static int compound_force(const char *t, const words *w, size_t j, size_t e)
{
    return j > e && tok_cap(t, &w->v[j]) && tok_cap(t, &w->v[j - 1]) &&
           (tok_eq(t, &w->v[j], "force") || tok_eq(t, &w->v[j], "forces"));
}

/* Read sentence v into doc: the countries it derives, the actor nouns its
 * actors introduce ("the Valdonian garrison of the city": "garrison",
 * "the U.S. 12th Troop Carrier Wing": "wing"), and its subject. */
static void doc_read(annot_doc *doc, const char *t, const sview *v, size_t si,
                     const annot_words *ws)
{
    const words *w = &v->w;
    for (size_t a = 0; a < v->nm; a++) {
        const tally_actor_mention *m = &v->m[a];
        size_t i = v->mtok[a];
        if (!m->known && !m->alias)
            doc_name(doc, m);
        if (captive(t, v, a)) {   /* "Sennian prisoners": whose men are held */
            doc->captive = *m;
            doc->have_captive = 1;
            /* a side counted as captives is not the one holding them */
            if (doc->have_force && strcmp(doc->force.code, m->code) == 0)
                doc->have_force = 0;
        }
        /* the actor's own words after the first and up to four after them */
        size_t e = words_at(w, m->end);
        for (size_t j = i + 1; j < w->n && j < e + 4; j++) {
            const tok *k = &w->v[j];
            if ((k->kind == TOK_PUNCT && !tok_punct(t, k, "-")) ||
                (j >= e && tok_in_set(t, k, &ws->np_stop)))
                break;
            if (k->kind == TOK_WORD && tok_in_set(t, k, &ws->org)) {
                unsigned char c = words_lower((unsigned char)t[k->start]);
                /* a side fought against ("against an Ashkari army") is not
                   the one whose army "the army" later names */
                if (c >= 'a' && c <= 'z' && !(m->after_prep && opposed_at(t, w, i)) &&
                    !(m->after_prep && taken_from(t, w, i)) &&
                    !compound_force(t, w, j, e))
                    doc_alias(doc, t, k, m->code);
            }
        }
    }
    if (!doc->have_topic && !doc->lead_read && report_issuer(t, w, doc, ws, &doc->topic)) {
        doc->topic_si = si;   /* "A report of the Valdmark Historical Commission" */
        doc->have_topic = 1;
    }
    if (v->nm == 0)
        return;   /* no actor, so no subject either */
    /* not an actor of a relative clause ("He received 52 aircraft, by which
       time the Valdonian columns had ...": not the sentence's subject) */
    size_t rel = relative_at(t, v, ws);
    long s = subject_in(t, v, v->lead, rel, 0, &ws->report);
    /* no side in the title: the subject of the main clause of the first
       sentence naming one opens the story ("In 1951 the government of
       Galdonia emptied ...", not "When the Bordurian forces closed ...") */
    /* a title naming who acted on whom ("The Morvathi Blockade of Isperia")
       whose body opens with the second side as subject ("Isperia fed its
       people ...") tells that side's story */
    if (s >= 0 && doc->have_object && si > doc->topic_si) {
        if (strcmp(v->m[s].code, doc->object.code) == 0 && lead_side(t, v, (size_t)s, ws)) {
            doc->topic = v->m[s];
            doc->topic_si = si;
        }
        doc->have_object = 0;   /* only the first subject after the title */
    }
    if (s >= 0 && !doc->have_topic && !doc->lead_read && lead_side(t, v, (size_t)s, ws)) {
        doc->topic = v->m[s];
        doc->topic_si = si;
        doc->have_topic = 1;
    }
    long ls;
    if (s < 0 && !doc->have_topic && !doc->lead_read && pronoun_main(t, v) &&
        (ls = subject_in(t, v, 0, v->lead, 0, &ws->report)) >= 0 &&
        !force_adjective(t, v, (size_t)ls)) {
        doc->topic = v->m[ls];   /* "When the Halbrian War Office decided ..., it set" */
        doc->topic_si = si;
        doc->have_topic = 1;
    }
    if (s < 0 && !doc->have_topic && !doc->lead_read && setting_side(t, v) == 0) {
        doc->topic = v->m[0];   /* "... the strongest air defences in Halmaria" */
        doc->topic_si = si;
        doc->have_topic = 1;
    }
    doc->lead_read = 1;
    /* the doer of a passive loss ("23 were turned back by X cruisers") is
       the attacker, not the side the next sentences count */
    if (s >= 0 && passive_agent(t, w, v->mtok[s], ws)) {
        doc->attacker = v->m[s];
        doc->attacker_si = si;
        doc->have_attacker = 1;
        return;
    }
    /* a leading subordinate clause's actor stays in force only when the
       main clause has no subject of its own ("When Korsovia closed the
       straits, the island republic ...": the republic is no side named) */
    if (s < 0 && v->lead < rel && !own_subject(t, w, v->lead))
        s = subject_in(t, v, 0, rel, 0, &ws->report);
    if (s >= 0) {
        int attack, suffered;
        long f = victim_of(t, v, s, ws, &attack, &suffered);
        if (attack) {
            doc->attacker = v->m[s];
            doc->attacker_si = si;
            doc->have_attacker = 1;
        }
        long g = f >= 0 ? last_clause_subject(t, v, (size_t)f, ws) : -1;
        if (g >= 0)
            f = g;   /* "X asked for 12; the Y board promised eight": Y goes on */
        if (f >= 0) {
            doc->force = v->m[f];
            doc->force_si = si;
            doc->have_force = 1;
            doc->force_lost = f == s && suffered;
        }
        size_t j = 0;
        while (j < doc->nsubj && strcmp(doc->subj[j].m.code, v->m[s].code) != 0)
            j++;
        if (j == doc->nsubj && doc->nsubj < ANNOT_NAMES)
            doc->subj[doc->nsubj++].n = 0;
        if (j < doc->nsubj) {
            doc->subj[j].m = v->m[s];
            doc->subj[j].si = si;
            doc->subj[j].n++;
        }
        return;
    }
    /* no subject: "What the bombs achieved is clearer from the Vetranian
       side" takes that side's view, whose figures the next sentences give */
    for (size_t a = 0; a < v->nm; a++) {
        size_t e = v->mend[a];
        if (e < w->n && tok_eq(t, &w->v[e], "side") && !v->m[a].alias) {
            doc->force = v->m[a];
            doc->force_si = si;
            doc->have_force = 1;
            doc->force_lost = 0;
            return;
        }
    }
}

/* The most frequent of the n counts in c, the latest among equals; NULL
 * when none. */
static const struct annot_count *most_of(const struct annot_count *c, size_t n)
{
    const struct annot_count *best = NULL;
    for (size_t j = 0; j < n; j++)
        if (!best || c[j].n > best->n || (c[j].n == best->n && c[j].si > best->si))
            best = &c[j];
    return best;
}

/* The main actor of doc so far: the side that owns most of the figures
 * its sentences decided (the side whose story the document tells), else
 * the most frequent subject; NULL when none. */
static const struct annot_count *doc_main(const annot_doc *doc)
{
    const struct annot_count *best = most_of(doc->owned, doc->nowned);
    return best ? best : most_of(doc->subj, doc->nsubj);
}

/* Count in doc the owner of a figure of body sentence si that out decided
 * from the figure's sentence or the actor in force. */
static void doc_owned(annot_doc *doc, const tally_actor_choice *out, size_t si)
{
    size_t j = 0;
    while (j < doc->nowned && strcmp(doc->owned[j].m.code, out->code) != 0)
        j++;
    if (j == doc->nowned) {
        if (doc->nowned == ANNOT_NAMES)
            return;
        memset(&doc->owned[doc->nowned++], 0, sizeof doc->owned[0]);
    }
    struct annot_count *c = &doc->owned[j];
    copy_str(c->m.code, sizeof c->m.code, out->code);
    c->m.start = out->cue_start;
    c->m.end = out->cue_end;
    c->si = si;
    c->n++;
}

/* 1 when the capitalised word at token i stands where a country stands
 * in its sentence: before a noun only a country has ("the Marrow
 * government", "Marrow's navy") or after one in lower case and "of" ("the
 * provinces of Marrow"). */
static int nation_at(const char *t, const words *w, size_t i, const annot_words *ws)
{
    if (i + 1 < w->n && !tok_cap(t, &w->v[i + 1]) && tok_in_set(t, &w->v[i + 1], &ws->nation))
        return 1;
    if (i + 2 < w->n && !tok_cap(t, &w->v[i + 1]) && tok_in(t, &w->v[i + 1], nation_mods) &&
        !tok_cap(t, &w->v[i + 2]) && tok_in_set(t, &w->v[i + 2], &ws->nation))
        return 1;   /* "the Valdmark defence ministry" */
    if (state_name(t, w, i))
        return 1;   /* "the Republic of Marrow" */
    /* the noun in lower case: "the Ministry of Supply" names an office;
       a firm is named after its founder ("the firm of Hesk & Co."), a side
       only before it ("the Estvald firm") */
    static const char *const firm_nouns[] = {"firm", "firms", NULL};
    return i >= 2 && tok_eq(t, &w->v[i - 1], "of") && !tok_cap(t, &w->v[i - 2]) &&
           tok_in_set(t, &w->v[i - 2], &ws->nation) && !tok_in(t, &w->v[i - 2], firm_nouns);
}

/* 1 when token k is one capitalised word of 3 to 23 letters ("Marrow",
 * "Marrow's"), the kind the first look keeps. */
static int proper_word(const char *t, const tok *k)
{
    /* the cheap tests first: most tokens fail them (isupper() and
       islower() of the C locale, inline: this runs for every token) */
    if (k->kind != TOK_WORD || (unsigned)((unsigned char)t[k->start] - 'A') >= 26u)
        return 0;
    size_t n = tok_len_noposs(t, k);
    if (n < 3 || n >= sizeof ((annot_proper *)0)->word)
        return 0;
    for (size_t j = 1; j < n; j++)
        if ((unsigned)((unsigned char)t[k->start + j] - 'a') >= 26u)
            return 0;
    return 1;
}

/* Remember in doc the adjective word[0..n) in -ish, -i or -ic, or the
 * name derived from one in -ian or -an, once. */
static void canon_add(annot_doc *doc, const char *word, size_t n)
{
    if (n >= sizeof doc->canon[0].adj)
        return;
    for (size_t j = 0; j < doc->ncanon; j++)
        if (strncmp(doc->canon[j].adj, word, n) == 0 && doc->canon[j].adj[n] == '\0')
            return;
    if (doc->ncanon == ANNOT_CANON)
        return;
    memcpy(doc->canon[doc->ncanon].adj, word, n);
    doc->canon[doc->ncanon].adj[n] = '\0';
    doc->canon[doc->ncanon++].name[0] = '\0';
}

/* 1 when text[0..len) writes word[0..n) as a whole word at least once
 * (a possessive "'s" may follow). */
static int writes_word(const char *t, size_t len, const char *word, size_t n)
{
    if (n == 0 || n > len)
        return 0;
    const char *p = t, *end = t + len - n + 1;
    while (p < end && (p = memchr(p, word[0], (size_t)(end - p))) != NULL) {
        size_t i = (size_t)(p - t);
        if ((i == 0 || !isalpha((unsigned char)t[i - 1])) && memcmp(p, word, n) == 0 &&
            (i + n == len || !isalpha((unsigned char)t[i + n])))
            return 1;
        p++;
    }
    return 0;
}

/* 1 when text[0..len) writes stem[0..n) as a whole word (a possessive
 * "'s" may follow); else the letter 'e', 'o' or 'y' of the first word
 * written as the stem and that letter ("Sarvane" for "Sarvan", "Tarvany"
 * for "Tarvan") into *vowel. */
static int writes_stem(const char *t, size_t len, const char *stem, size_t n, char *vowel)
{
    if (n == 0 || n > len)
        return 0;
    const char *p = t, *end = t + len - n + 1;
    while (p < end && (p = memchr(p, stem[0], (size_t)(end - p))) != NULL) {
        size_t i = (size_t)(p - t);
        p++;
        if ((i > 0 && isalpha((unsigned char)t[i - 1])) || memcmp(t + i, stem, n) != 0)
            continue;
        if (i + n == len || !isalpha((unsigned char)t[i + n]))
            return 1;
        char v = t[i + n];
        if (!*vowel && (v == 'e' || v == 'o' || v == 'y') &&
            (i + n + 1 == len || !isalpha((unsigned char)t[i + n + 1])))
            *vowel = v;
    }
    return 0;
}

/* The country's name for c->adj, a name derived from an adjective in -ian
 * ("Austerian": "Austeria"): when text[0..len) never writes it but writes
 * the adjective's stem as a word ("Auster agreed"), the stem; else c->name
 * is left empty (the derived name stands). */
static void canon_stem(struct annot_canon *c, const char *t, size_t len)
{
    size_t n = strlen(c->adj);
    if (n < 4 || writes_word(t, len, c->adj, n))
        return;
    char vowel = 0;
    if (writes_stem(t, len, c->adj, n - 2, &vowel)) {
        memcpy(c->name, c->adj, n - 2);
        c->name[n - 2] = '\0';
    } else if (vowel) {   /* the stem and a final vowel ("Sarvanian": "Sarvane") */
        memcpy(c->name, c->adj, n - 2);
        c->name[n - 2] = vowel;
        c->name[n - 1] = '\0';
    }
}

/* The country's name for adjective c->adj in text[0..len): the capitalised
 * word the text writes most often with the adjective's stem, at least three
 * letters ("Grevish": "Greven"), not itself another adjective (-ish, -ian,
 * -ese); for one in -ic the stem itself when written ("Vesslandic":
 * "Vessland"); into c->name, left empty when none. */
static void canon_find(struct annot_canon *c, const char *t, size_t len)
{
    size_t an = strlen(c->adj);
    if (an > 4 && strcmp(c->adj + an - 2, "ia") == 0) {
        canon_stem(c, t, len);
        return;
    }
    if (c->adj[an - 1] == 'a') {   /* from "-an": "Ostrevan" names "Ostreva" when written */
        if (writes_word(t, len, c->adj, an))
            memcpy(c->name, c->adj, an + 1);
        return;
    }
    if (c->adj[an - 1] == 'i') {   /* "Morvathi" names "Morvath" (as "Iraqi" names "Iraq") */
        memcpy(c->name, c->adj, an - 1);
        c->name[an - 1] = '\0';
        return;
    }
    if (c->adj[an - 1] == 'c') {   /* "Vesslandic" names "Vessland" when written */
        if (writes_word(t, len, c->adj, an - 2)) {
            memcpy(c->name, c->adj, an - 2);
            c->name[an - 2] = '\0';
        }
        return;
    }
    size_t stem = an - 3;
    struct { size_t at, n; unsigned count; } best = {0, 0, 0}, seen[8];
    size_t nseen = 0;
    for (size_t i = 0; i + stem < len; i++) {
        if (t[i] != c->adj[0] || (i > 0 && isalpha((unsigned char)t[i - 1])) ||
            memcmp(t + i, c->adj, stem) != 0)
            continue;
        size_t e = i + stem;
        while (e < len && islower((unsigned char)t[e]))
            e++;
        size_t n = e - i;
        if (n == stem || n >= sizeof c->name || (e < len && isalpha((unsigned char)t[e])) ||
            (n >= 3 && (memcmp(t + e - 3, "ish", 3) == 0 || memcmp(t + e - 3, "ian", 3) == 0 ||
                        memcmp(t + e - 3, "ese", 3) == 0)))
            continue;
        size_t j = 0;
        while (j < nseen && !(seen[j].n == n && memcmp(t + seen[j].at, t + i, n) == 0))
            j++;
        if (j == nseen) {
            if (nseen == sizeof seen / sizeof *seen)
                continue;
            seen[nseen].at = i, seen[nseen].n = n, seen[nseen++].count = 0;
        }
        if (++seen[j].count > best.count)
            best = seen[j];
    }
    if (best.count) {
        memcpy(c->name, t + best.at, best.n);
        c->name[best.n] = '\0';
    }
}

/* Ranks and titles written before a person's name ("General Orlan Mesk",
 * "Air Marshal Hale", "Minister Lund"). */
static const char *const person_titles[] = {
    "general", "colonel", "major", "captain", "lieutenant", "admiral", "commodore",
    "marshal", "brigadier", "commander", "sergeant", "minister", "president", "premier",
    "chancellor", "senator", "mr", "mrs", "dr", "professor", "count", "baron", NULL};

/* 1 when the capitalised word at token i follows a capitalised rank or
 * title, directly or after one given name ("General Orlan Mesk"). */
static int after_title(const char *t, const words *w, size_t i)
{
    size_t j = i - 1;
    if (j > 0 && tok_cap(t, &w->v[j]) && !tok_in(t, &w->v[j], person_titles))
        j--;   /* the given name */
    return tok_cap(t, &w->v[j]) && tok_in(t, &w->v[j], person_titles) &&
           (j == 0 || !tok_cap(t, &w->v[j - 1]));   /* not "the Valdmark General Staff" */
}

/* Count into doc where the capitalised words of sentence w stand: places,
 * countries (a byte counter each, kept from overflowing). */
static void scan_places(annot_doc *doc, const char *t, const words *w, const annot_words *ws)
{
    for (size_t i = 1; i < w->n; i++) {
        const tok *k = &w->v[i];
        if (!proper_word(t, k))
            continue;
        size_t len = tok_len_noposs(t, k);
        if (!doc->ally_at && len < k->end - k->start && i + 1 < w->n &&
            (tok_eq(t, &w->v[i + 1], "ally") || tok_eq(t, &w->v[i + 1], "allies")))
            doc->ally_at = k->start + 1;   /* "Gavrinia, Lysandria's ally" */
        char derived[24];
        if (len >= 6 && memcmp(t + k->start + len - 3, "ish", 3) == 0)
            canon_add(doc, t + k->start, len);
        else if (len >= 7 && memcmp(t + k->start + len - 3, "ian", 3) == 0 &&
                 derive_name(t, k, derived, sizeof derived))
            canon_add(doc, derived, strlen(derived));   /* "Austerian": "Austeria" */
        else if (len >= 7 && memcmp(t + k->start + len - 2, "an", 2) == 0 &&
                 derive_name(t, k, derived, sizeof derived))
            canon_add(doc, derived, strlen(derived));   /* "Ostrevan": "Ostreva" */
        else if (len >= 6 && t[k->start + len - 1] == 'i' &&
                 !strchr("aeiouy", t[k->start + len - 2]))
            canon_add(doc, t + k->start, len);   /* "Morvathi": "Morvath" */
        else if (len >= 7 && t[k->start + len - 1] == 'c' && t[k->start + len - 2] == 'i' &&
                 !strchr("aeiouy", t[k->start + len - 3]) && i + 1 < w->n &&
                 islower((unsigned char)t[w->v[i + 1].start]))
            canon_add(doc, t + k->start, len);   /* "Vesslandic": "Vessland" */
        if (after_title(t, w, i)) {
            annot_proper *p = proper_slot(doc, t + k->start, len);
            if (p && !p->word[0]) {
                memcpy(p->word, t + k->start, len);
                p->word[len] = '\0';
            }
            if (p)
                p->person = 1;   /* "General Orlan Mesk" */
        }
        int strong = 0;
        int place = placed_at(t, w, i, ws, &strong);
        int nation = nation_at(t, w, i, ws) || name_before_inst(t, w, i, ws);
        if (!place && !nation && tok_cap(t, &w->v[i - 1]) && after_nationality(t, w, i)) {
            annot_proper *p = proper_slot(doc, t + k->start, len);
            if (p && !p->word[0]) {
                memcpy(p->word, t + k->start, len);
                p->word[len] = '\0';
            }
            if (p)
                p->formation = 1;   /* "the Meridonian Desert Army" */
            continue;
        }
        if ((!place && !nation) || tok_in_set(t, k, &ws->det))
            continue;   /* "11. The ministry recommends": no name */
        size_t n = tok_len_noposs(t, k);
        annot_proper *p = proper_slot(doc, t + k->start, n);
        if (!p)
            continue;
        if (!p->word[0]) {
            memcpy(p->word, t + k->start, n);
            p->word[n] = '\0';
        }
        if (place && p->place < 255)
            p->place++;
        if (place && strong && p->strong < 255)
            p->strong++;
        if (nation && p->nation < 255)
            p->nation++;
    }
}

/* 1 when the capitalised word at token i of a title-case title line names
 * a country after "of" ("Prisoners in the Camps of Varenhold"): a word
 * after "of" and another capitalised word, standing alone, not an office's
 * field ("Ministry of Supply"), never found where only a place stands, and
 * written by the document as a possessive ("Varenhold's hands"): it has
 * things of its own. */
static int title_of_country(const char *t, const words *w, size_t i, const annot_doc *doc)
{
    const tok *k = &w->v[i];
    size_t n = tok_len_noposs(t, k);
    if (i < 2 || n < 3 || n >= sizeof doc->proper[0].word || !tok_eq(t, &w->v[i - 1], "of") ||
        !tok_cap(t, &w->v[i - 2]) || n != k->end - k->start || office_of(t, w, i) ||
        (i + 1 < w->n && tok_cap(t, &w->v[i + 1])) || is_place(t, k, doc, 0))
        return 0;
    char poss[40];
    if (n + 3 > sizeof poss)
        return 0;
    memcpy(poss, t + k->start, n);
    memcpy(poss + n, "'s", 3);
    return writes_word(t, doc->len, poss, n + 2);
}

/* 1 when the capitalised word at token i ends a title line that names an
 * office and then, after a comma, the country it serves ("MINISTRY OF TRADE
 * AND SHIPPING, SKARNHOLM", "War Office, Marrow"): the issuer's country. */
static int office_country(const char *t, const words *w, size_t i)
{
    if (i < 3 || i + 1 != w->n || !tok_punct(t, &w->v[i - 1], ","))
        return 0;
    for (size_t j = 0; j + 1 < i; j++)
        if (tok_cap(t, &w->v[j]) && tok_in(t, &w->v[j], office_heads))
            return 1;
    return 0;
}

/* 1 when token k is a word of capital letters only ("USTMARK"). */
static int caps_word(const char *t, const tok *k)
{
    if (k->kind != TOK_WORD || k->end - k->start < 2)
        return 0;
    for (size_t j = k->start; j < k->end; j++)
        if ((unsigned)((unsigned char)t[j] - 'A') >= 26u)
            return 0;
    return 1;
}

/* 1 when the word at token i opens a title line's issuing body written in
 * capitals ("USTMARK GENERAL STAFF", "KORVEN WAR OFFICE", "DALMAR MINISTRY
 * OF SUPPLY"): four capitals or more, first on the line or after "THE",
 * then a word of inst_mids and a head of inst_heads, or "MINISTRY OF"; not
 * a word of inst_not or inst_mids ("THE REPUBLIC ...", "ROYAL AIR FORCE"
 * has a qualifier), nor one with an adjective's ending ("-ERN", "-AL"):
 * the issuer's country, as name_before_inst() reads the title-case form. */
static int caps_issuer(const char *t, const words *w, size_t i, const annot_words *ws)
{
    const tok *k = &w->v[i];
    size_t n = k->end - k->start;
    if (n < 4 || i + 2 >= w->n || (i > 0 && !(i == 1 && tok_eq(t, &w->v[0], "the"))) ||
        !caps_word(t, k) || !caps_word(t, &w->v[i + 1]) || !caps_word(t, &w->v[i + 2]))
        return 0;
    const tok *m = &w->v[i + 1], *h = &w->v[i + 2];
    if (!((tok_in(t, m, inst_mids) && tok_in(t, h, inst_heads)) ||
          (tok_eq(t, m, "ministry") && tok_eq(t, h, "of"))))
        return 0;
    if (tok_in(t, k, inst_not) || tok_in(t, k, inst_mids) || tok_in_set(t, k, &ws->qual) ||
        tok_in(t, k, inst_heads) || tok_in(t, k, office_heads))
        return 0;
    return !adj_ending(t, k->end, n, 1);
}

/* Nouns of a territory ruled by another state ("the Sabrani Protectorate",
 * "the Kelvan Colony"): in a title they say where the story happens, not
 * whose it is (the ruling state's, named in the body). */
static const char *const dependency_nouns[] = {"protectorate", "colony", "mandate",
                                               "territory", "dominion", NULL};

/* 1 when the capitalised word at token i is, or stands right before, a
 * noun of dependency_nouns ("Recruitment in the Sabrani Protectorate"). */
static int dependency_at(const char *t, const words *w, size_t i)
{
    return tok_in(t, &w->v[i], dependency_nouns) ||
           (i + 1 < w->n && tok_cap(t, &w->v[i + 1]) && tok_in(t, &w->v[i + 1], dependency_nouns));
}

/* The document's topic actor from its title: the first actor named in its
 * leading sentences without a final period (a title, a subtitle, the
 * issuing body of a staff study, at most four), not after a preposition;
 * when none is, the first named after one ("Manpower in the Marrovian
 * Army") other than "against" (an offensive against a side is its
 * attacker's story).  Title case makes every word capitalised, so a word is taken here
 * wherever it stands.  With prep 0, the actors not after a preposition go
 * into doc's topic; with prep 1, the first one after one goes into *late
 * (unless it holds one already). */
static void find_topic(annot_doc *doc, const char *t, const words *w, const finder *f,
                       int prep, tally_actor_mention *late)
{
    for (size_t i = 0; i < w->n && !doc->have_topic; i++) {
        const tok *k = &w->v[i];
        if (!tok_cap(t, k) || after_prep(t, w, i, f->ws) != prep ||
            captive_at(t, w, i + 1) ||   /* "Sennian Prisoners in the Camps of ..." */
            (prep && opposed_at(t, w, i)) ||   /* "The Offensive against the Velgarian ..." */
            dependency_at(t, w, i))   /* "Recruitment in the Sabrani Protectorate" */
            continue;
        if (!tok_in_set(t, k, &f->ws->det) && given_name(t, doc->len, w, i)) {
            i++;   /* a byline's "Livia Arnesto": a person, and the surname with it */
            continue;
        }
        tally_actor_mention *m = prep ? late : &doc->topic;
        if (prep && late->code[0])
            return;
        const char *code = NULL;
        char derived[48];
        if (lexicon_at(t, w, i, f->tab, f->col, f->lead, &code) && code && *code) {
            copy_str(m->code, sizeof m->code, code);
            m->known = 1;
        } else if (derive_name(t, k, derived, sizeof derived)) {
            copy_str(m->code, sizeof m->code, canon_of(doc, derived));   /* "Marrovian" */
        } else if (org_name(t, doc->len, w, i, f->ws) && !formation_word(t, k, doc)) {
            size_t on = w->v[i + 1].end - k->start;   /* < sizeof derived: org_name() */
            memcpy(m->code, t + k->start, on);
            m->code[on] = '\0';   /* "Arming the Highland Army" */
        } else if (country_shape(t, k, doc) ||
                   (name_before_inst(t, w, i, f->ws) && !formation_word(t, k, doc))) {
            tok_copy(t, k, 1, derived, sizeof derived);   /* "Marrow", "Marrow Army" */
            copy_str(m->code, sizeof m->code, canon_of(doc, derived));   /* "Morvathi" */
        } else if (prep && mark_shape(t, k) && !is_place(t, k, doc, 0)) {
            tok_copy(t, k, 1, m->code, sizeof m->code);   /* "in Valdmark" */
        } else if (caps_country(t, k, doc, derived, sizeof derived)) {
            copy_str(m->code, sizeof m->code, canon_of(doc, derived));   /* "KELDARIA" */
        } else if (state_name(t, w, i) && title_word(t, k, m->code, sizeof m->code)) {
            ;   /* "REPUBLIC OF MARROW": "Marrow" */
        } else if (office_country(t, w, i) && title_word(t, k, m->code, sizeof m->code)) {
            doc_name(doc, m);   /* "MINISTRY OF SUPPLY, MARROW": "Marrow" */
        } else if (!prep && caps_issuer(t, w, i, f->ws) &&
                   title_word(t, k, m->code, sizeof m->code)) {
            doc_name(doc, m);   /* "USTMARK GENERAL STAFF": "Ustmark" */
        } else if (title_of_country(t, w, i, doc)) {
            tok_copy(t, k, 1, m->code, sizeof m->code);   /* "the Camps of Varenhold" */
            doc_name(doc, m);   /* a country wherever it stands */
        } else {
            continue;
        }
        m->start = k->start;
        m->end = k->end;
        if (!prep)
            doc->have_topic = 1;
    }
}

/* The side a title's topic acts on, named after "of" within three words
 * of the topic's mention ("The Morvathi Blockade of Isperia", "Arvenia's
 * Blockade of Sulmora"), into doc->object: when the body's first subject
 * is that side, the story is told from there (see doc_read()). */
static void title_object(annot_doc *doc, const char *t, const words *w, const finder *f)
{
    size_t i = words_at(w, doc->topic.end);
    for (size_t j = i; j < w->n && j < i + 3; j++) {
        if (!tok_eq(t, &w->v[j], "of"))
            continue;
        size_t k = j + 1;
        if (k < w->n && tok_eq(t, &w->v[k], "the"))
            k++;
        if (k >= w->n || !tok_cap(t, &w->v[k]))
            return;
        const char *code = NULL;
        char derived[48];
        tally_actor_mention *m = &doc->object;
        memset(m, 0, sizeof *m);
        if (lexicon_at(t, w, k, f->tab, f->col, f->lead, &code) && code && *code)
            copy_str(m->code, sizeof m->code, code);
        else if (derive_name(t, &w->v[k], derived, sizeof derived))
            copy_str(m->code, sizeof m->code, canon_of(doc, derived));
        else if (country_shape(t, &w->v[k], doc))
            tok_copy(t, &w->v[k], 1, m->code, sizeof m->code);
        else
            return;
        doc->have_object = strcmp(m->code, doc->topic.code) != 0;
        return;
    }
}

/* Where "the" opens a title line (0) or its part after a colon ("REPORT
 * No. 4: THE ..."); w->n when neither. */
static size_t title_the(const char *t, const words *w)
{
    if (w->n && tok_eq(t, &w->v[0], "the"))
        return 0;
    for (size_t i = 0; i + 1 < w->n; i++)
        if (tok_punct(t, &w->v[i], ":") && tok_eq(t, &w->v[i + 1], "the"))
            return i + 1;
    return w->n;
}

/* After an issuing body has given the topic ("GHELLAND GENERAL STAFF"), a
 * later title line opening with "the" and a side ("THE ZEROVIAN ARMY: ORDER
 * OF BATTLE"), or whose part after a colon does ("APPRAISAL No. 4: THE
 * ZEROVIAN ARMY IN 1950"), names what the document is about: an
 * intelligence appreciation's figures are the enemy's, not its author's.
 * That side replaces the topic.  1 while more title lines should be read,
 * 0 once one named a side (or the issuer's topic stands). */
static int title_after_issuer(annot_doc *doc, const char *t, const words *w, const finder *f,
                              size_t j)
{
    size_t k = title_the(t, w);
    if (k + 1 >= w->n)
        return 1;
    words sub = *w;   /* a view of the words from "the" on */
    sub.v += k;
    sub.n -= k;
    w = &sub;
    tally_actor_mention keep = doc->topic, late = {0};
    doc->have_topic = 0;
    find_topic(doc, t, w, f, 0, &late);
    if (doc->have_topic && strcmp(doc->topic.code, keep.code) != 0) {
        doc->topic_si = j;
        return 0;
    }
    int found = doc->have_topic;
    doc->topic = keep;
    doc->have_topic = 1;
    return !found;
}

/* The tokens of sentence j into own (whose room is reused; freed on
 * error), and *w = *own: got from c's stored tokens when it holds them,
 * else split.  0 or -1 (OOM). */
static int sent_tokens(const annot_cache *c, const char *text, const tally_segments *seg,
                       size_t j, words *own, words *w)
{
    const tally_sentence *s = &seg->sents[j];
    int rc = c->toks ? words_store_get(c->toks, j, s->start, own) : 1;
    if (rc == 1)
        rc = words_resplit(text, s->start, s->end, own);
    if (rc < 0) {
        words_free(own);
        return -1;
    }
    *w = *own;
    return 0;
}

/* With no side in the title, the side the document calls another's ally
 * for ("Gavrinia, Lysandria's ally": Lysandria) is the story's own side:
 * the writer names allies from where the story stands.  The name at
 * doc->ally_at becomes the topic when the lexicon knows it or it has a
 * country's shape.  own: token room (freed on error).  0 or -1 (OOM). */
static int ally_topic(annot_cache *c, const char *text, const tally_segments *seg,
                      const finder *f, words *own)
{
    annot_doc *doc = c->doc;
    size_t at = doc->ally_at - 1, j = 0;
    while (j < seg->nsents && seg->sents[j].end <= at)
        j++;
    if (j == seg->nsents)
        return 0;
    words w;
    if (sent_tokens(c, text, seg, j, own, &w) < 0)
        return -1;
    size_t i = words_at(&w, at);
    if (i >= w.n || w.v[i].start != at)
        return 0;
    const char *code = NULL;
    tally_actor_mention *m = &doc->topic;
    memset(m, 0, sizeof *m);
    if (lexicon_at(text, &w, i, f->tab, f->col, f->lead, &code) && code && *code) {
        copy_str(m->code, sizeof m->code, code);
        m->known = 1;
    } else if (country_shape(text, &w.v[i], doc)) {
        tok_copy(text, &w.v[i], 1, m->code, sizeof m->code);
    } else {
        return 0;
    }
    m->start = w.v[i].start;
    m->end = w.v[i].end;
    doc->topic_si = j;
    doc->have_topic = 1;
    return 0;
}

/* The side of "of the Tirenian army" at token i (i is "army" or "navy"
 * after "of the" and a nationality word or a country's name: the whole
 * that what is counted belongs to, not a subject; or after "to the" or
 * "for the": whom a road or supplies served, "open to the Kerevian army")
 * into code; 0 when token i is no such noun. */
static int forces_side(const char *t, const words *w, size_t i, const annot_doc *doc,
                       const finder *f, char *code, size_t cap)
{
    static const char *const forces[] = {"army", "navy", NULL};
    static const char *const wholes[] = {"of", "to", "for", NULL};
    if (i < 3 || !tok_in(t, &w->v[i], forces) || tok_cap(t, &w->v[i]) ||
        !tok_eq(t, &w->v[i - 2], "the") || !tok_cap(t, &w->v[i - 1]) ||
        !tok_in(t, &w->v[i - 3], wholes))
        return 0;
    const char *known = NULL;
    char derived[48];
    if (lexicon_at(t, w, i - 1, f->tab, f->col, f->lead, &known) == 1 && known && *known)
        copy_str(code, cap, known);
    else if (derive_name(t, &w->v[i - 1], derived, sizeof derived))
        copy_str(code, cap, canon_of(doc, derived));
    else if (country_shape(t, &w->v[i - 1], doc))
        tok_copy(t, &w->v[i - 1], 1, code, cap);
    else
        return 0;
    return 1;
}

/* How far into a document forces_topic() looks: a report or article of
 * this kind is shorter; a long corpus costs no more than this. */
#define FORCES_SPAN 65536

/* Offset of the next "army" or "navy" as a lower-case word after a space
 * in text[from..len), else len: one memchr() for its last letter, so the
 * look costs little on a document that never names one. */
static size_t next_forces(const char *text, size_t from, size_t len)
{
    for (size_t i = from + 5; i < len; i++) {
        const char *y = memchr(text + i, 'y', len - i);
        if (!y)
            return len;
        i = (size_t)(y - text);
        if ((memcmp(y - 3, "army", 4) == 0 || memcmp(y - 3, "navy", 4) == 0) &&
            y[-4] == ' ' && (i + 1 == len || !isalpha((unsigned char)y[1])))
            return i - 3;
    }
    return len;
}

/* Index of the sentence of seg holding offset at (sentences in order),
 * nsents when none does. */
static size_t sent_of(const tally_segments *seg, size_t at)
{
    size_t lo = 0, hi = seg->nsents;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (seg->sents[mid].end <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < seg->nsents && seg->sents[lo].start <= at ? lo : seg->nsents;
}

/* Note side `code`, named by word wd in sentence j, as the one side found
 * so far (*m, *msi: the first naming); 0 when another side was found
 * before (no one side then). */
static int one_side(tally_actor_mention *m, size_t *msi, const char *code, const tok *wd,
                    size_t j)
{
    if (m->code[0])
        return strcmp(m->code, code) == 0;
    copy_str(m->code, sizeof m->code, code);
    m->start = wd->start;
    m->end = wd->end;
    *msi = j;
    return 1;
}

/* Make mention m (of sentence msi) the document's topic, if it names one. */
static void set_topic(annot_doc *doc, const tally_actor_mention *m, size_t msi)
{
    if (!m->code[0])
        return;
    doc->topic = *m;
    doc->topic_si = msi;
    doc->have_topic = 1;
}

/* The token starting at offset at of the body sentence holding it: its
 * sentence's index into *j, the tokens into *w (own: token room) and the
 * token's index into *i.  1 when found, 0 when at is in no body sentence
 * or starts no token, -1 when out of memory. */
static int body_token_at(annot_cache *c, const char *text, const tally_segments *seg, size_t at,
                         words *own, words *w, size_t *j, size_t *i)
{
    *j = sent_of(seg, at);
    if (*j == seg->nsents || seg->sents[*j].section != TALLY_SECTION_BODY)
        return 0;
    if (sent_tokens(c, text, seg, *j, own, w) < 0)
        return -1;
    *i = words_at(w, at);
    return *i < w->n && w->v[*i].start == at;
}

/* With no side in the title and no ally named, a report that names its
 * forces by their side only as the whole its figures belong to ("what was
 * left of the Tirenian army") or as whom they served ("the only road open
 * to the Kerevian army") tells that side's story: when the body names
 * so the army or navy of exactly one side, that side becomes the topic
 * (a side whose army acts as a subject is found as one).  own: token room.  0 or -1
 * (OOM). */
static int forces_topic(annot_cache *c, const char *text, const tally_segments *seg,
                        const finder *f, words *own)
{
    annot_doc *doc = c->doc;
    tally_actor_mention m = {0};
    size_t msi = 0, len = doc->len < FORCES_SPAN ? doc->len : FORCES_SPAN;
    for (size_t at = next_forces(text, 0, len); at < len; at = next_forces(text, at + 4, len)) {
        words w;
        size_t j, i;
        int rc = body_token_at(c, text, seg, at, own, &w, &j, &i);
        if (rc < 0)
            return -1;
        char code[48];
        if (!rc || !forces_side(text, &w, i, doc, f, code, sizeof code))
            continue;
        if (!one_side(&m, &msi, code, &w.v[i - 1], j))
            return 0;   /* two sides' forces: no topic from them */
    }
    set_topic(doc, &m, msi);
    return 0;
}

/* Offset of the next "minister" in lower case after a space in
 * text[from..len), else len (one memchr() for its 'm' a step). */
static size_t next_minister(const char *text, size_t from, size_t len)
{
    for (size_t i = from; i + 8 <= len; i++) {
        const char *p = memchr(text + i, 'm', len - i);
        if (!p || (size_t)(p - text) + 8 > len)
            return len;
        i = (size_t)(p - text);
        if (i > 0 && text[i - 1] == ' ' && memcmp(p, "minister", 8) == 0)
            return i;
    }
    return len;
}

/* With no topic from the title nor from the first sentence naming a side
 * (its side only closing in on a place: "When Morvian brigades cut the
 * road ..."), the one side whose minister the body names by the side's
 * adjective or name ("the Selvan minister of health") is the side
 * the story is told of: a side's ministers answer for its own people.  Two
 * sides' ministers: no topic.  own: token room.  0 or -1 (OOM). */
static int home_topic(annot_cache *c, const char *text, const tally_segments *seg,
                      const finder *f, words *own)
{
    annot_doc *doc = c->doc;
    tally_actor_mention m = {0};
    size_t msi = 0, len = doc->len < FORCES_SPAN ? doc->len : FORCES_SPAN;
    for (size_t at = next_minister(text, 0, len); at < len;
         at = next_minister(text, at + 8, len)) {
        words w;
        size_t j, i;
        int rc = body_token_at(c, text, seg, at, own, &w, &j, &i);
        if (rc < 0)
            return -1;
        if (!rc || i < 2 || !tok_cap(text, &w.v[i - 1]) || !tok_eq(text, &w.v[i - 2], "the"))
            continue;
        const char *known = NULL;
        char code[48], derived[48];
        if (lexicon_at(text, &w, i - 1, f->tab, f->col, f->lead, &known) == 1 && known && *known)
            copy_str(code, sizeof code, known);
        else if (derive_name(text, &w.v[i - 1], derived, sizeof derived))
            copy_str(code, sizeof code, canon_of(doc, derived));
        else
            continue;
        if (!one_side(&m, &msi, code, &w.v[i - 1], j))
            return 0;   /* two sides' ministers */
    }
    set_topic(doc, &m, msi);
    return 0;
}

/* 1 when text[start..end) has letters and none in lower case except in a
 * designation's "No." (a heading in capitals). */
static int all_caps_line(const char *text, size_t start, size_t end)
{
    int letters = 0;
    for (size_t i = start; i < end; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch >= 'a' && ch <= 'z' && !(ch == 'o' && i > start && text[i - 1] == 'N'))
            return 0;
        letters |= ch >= 'A' && ch <= 'Z';
    }
    return letters;
}

/* The first look at the whole document (once, before its first sentence
 * is read): where its capitalised words stand, the countries that follows
 * from (into doc's names), and its topic actor.  0 or -1 (OOM). */
static int doc_scan(annot_cache *c, const char *text, const tally_segments *seg,
                    const tally_lexicon *lex)
{
    annot_doc *doc = c->doc;
    const finder f = cache_finder(c, lex);
    words own = {0}, w;   /* w: own, from the stored tokens or split */
    tally_actor_mention late = {0};   /* the title's first actor after a preposition */
    size_t late_si = 0;
    doc->scanned = 1;
    for (size_t j = doc->placed; j < seg->nsents; j++) {   /* unless the timeline did */
        if (sent_tokens(c, text, seg, j, &own, &w) < 0)
            return -1;
        scan_places(doc, text, &w, &c->ws);
    }
    size_t len = seg->nsents ? seg->sents[seg->nsents - 1].end : 0;
    for (size_t j = 0; j < ANNOT_PROPER; j++) {
        const annot_proper *p = &doc->proper[j];
        if (p->word[0] && p->nation > p->strong && !p->formation) {
            tally_actor_mention m = {0};
            copy_str(m.code, sizeof m.code, p->word);
            doc_name(doc, &m);
        }
    }
    doc->len = len;
    for (size_t j = 0; j < doc->ncanon; j++) {
        canon_find(&doc->canon[j], text, len);
        if (doc->canon[j].name[0]) {   /* "Greven" is a country wherever it stands */
            tally_actor_mention m = {0};
            copy_str(m.code, sizeof m.code, doc->canon[j].name);
            doc_name(doc, &m);
        }
    }
    int issuer = 0;   /* the topic opens its line: an issuing body ("GHELLAND GENERAL STAFF") */
    for (size_t j = 0; j < seg->nsents && j < (issuer ? 6 : 4) && (!doc->have_topic || issuer);
         j++) {
        const tally_sentence *s = &seg->sents[j];
        if (s->section != TALLY_SECTION_BODY)
            break;
        if (sent_tokens(c, text, seg, j, &own, &w) < 0)
            return -1;
        int body = w.n > 30;   /* a sentence of the body: the title is over */
        for (size_t i = w.n; i > 0 && i + 3 > w.n; i--)
            body |= tok_punct(text, &w.v[i - 1], ".") || tok_punct(text, &w.v[i - 1], "?") ||
                    tok_punct(text, &w.v[i - 1], "!");
        if (body && issuer && all_caps_line(text, s->start, s->end))
            body = 0;   /* "APPRAISAL No. 4/47: THE ZEROVIAN ARMY IN 1943." */
        if (body)
            break;
        if (issuer) {
            issuer = title_after_issuer(doc, text, &w, &f, j);
            continue;
        }
        find_topic(doc, text, &w, &f, 0, &late);
        issuer = doc->have_topic && w.n > 0 && doc->topic.start == w.v[0].start;
        doc->topic_si = j;
        if (doc->have_topic)
            title_object(doc, text, &w, &f);   /* "The Morvathi Blockade of Isperia" */
        if (!doc->have_topic && !late.code[0]) {
            find_topic(doc, text, &w, &f, 1, &late);
            late_si = j;
        }
    }
    if (!doc->have_topic && late.code[0]) {   /* "Losses in the Marrovian Army" */
        doc->topic = late;
        doc->topic_si = late_si;
        doc->have_topic = 1;
    }
    if (!doc->have_topic && doc->ally_at && ally_topic(c, text, seg, &f, &own) < 0)
        return -1;
    if (!doc->have_topic && !doc->ally_at && forces_topic(c, text, seg, &f, &own) < 0)
        return -1;
    words_free(&own);
    return 0;
}

void annot_doc_places(void *cache, const char *text, const words *w)
{
    annot_cache *c = cache;
    /* the sets of places and nations come from the lexicon: before the
       cache knows it, doc_scan() reads these sentences itself */
    if (c->doc && !c->doc->scanned && c->lex) {
        scan_places(c->doc, text, w, &c->ws);
        c->doc->placed++;
    }
}

/* 1 when body sentence si of seg is a heading line: a paragraph of its own,
 * short (under 100 bytes), not closed by . ! ? : or ; (a Markdown "## " line
 * or a title-case line of a report).  Looks at the sentence's ends only. */
static int section_heading(const char *t, const tally_segments *seg, size_t si)
{
    const tally_sentence *s = &seg->sents[si];
    if (s->end <= s->start || s->end - s->start >= 100)
        return 0;
    if ((si > 0 && seg->sents[si - 1].para == s->para) ||
        (si + 1 < seg->nsents && seg->sents[si + 1].para == s->para))
        return 0;
    return strchr(".!?:;", t[s->end - 1]) == NULL;
}

int annot_doc_advance(annot_cache *c, const char *text, const tally_segments *seg, size_t si,
                      const tally_lexicon *lex)
{
    annot_doc *doc = c->doc;
    if (!doc)
        return 0;
    if (si < doc->next) {   /* asked out of order: read again from the top */
        memset(doc, 0, sizeof *doc);
        for (size_t i = 0; i < ANNOT_CACHE; i++)
            annot_sent_free(&c->s[i]), c->si[i] = 0;
    }
    if (!doc->scanned && doc_scan(c, text, seg, lex) < 0)
        return -1;
    for (; doc->next < si && doc->next < seg->nsents; doc->next++) {
        if (seg->sents[doc->next].section != TALLY_SECTION_BODY)
            continue;
        const sview *v = annot_cache_sent(c, text, seg, doc->next, lex);
        if (!v)
            return -1;
        /* a section's heading after the title ("## Cost and the X loan")
           names what the section is about, not a doer: no side in force */
        int was_lead = doc->lead_read, had_force = doc->have_force;
        tally_actor_mention force = doc->force;
        size_t force_si = doc->force_si;
        int force_lost = doc->force_lost;
        doc_read(doc, text, v, doc->next, &c->ws);
        if (was_lead && section_heading(text, seg, doc->next)) {
            doc->have_force = had_force, doc->force = force;
            doc->force_si = force_si, doc->force_lost = force_lost;
        }
        if (doc->lead_read && !doc->have_topic && !doc->home_tried) {
            doc->home_tried = 1;   /* the first sentence naming a side gave none */
            words own = {0};
            const finder f = cache_finder(c, lex);
            int r = home_topic(c, text, seg, &f, &own);
            words_free(&own);
            if (r < 0)
                return -1;
        }
    }
    return 0;
}

/* The nearest actor in tokens [a, b), preferring the one closest to b. */
static long nearest_in(const sview *v, size_t a, size_t b)
{
    size_t k = first_actor(v, b);   /* the actors before b end at k */
    return k > 0 && v->mtok[k - 1] >= a && a < b ? (long)k - 1 : -1;
}

/* 1 when token k opens a coordinated clause with a subject of its own:
 * "and", "but" or "while" after a comma and before a name or a determiner
 * ("..., and Ruritania owed it", "..., and the garrison held"), not before
 * a verb or an object ("..., and to supply the Chinese with", "..., and
 * first asked", "..., and any future war"). */
static int coordinated(const char *t, const words *w, size_t k)
{
    static const char *const subj[] = {"the", "its", "their", "his", "her", "this", "these",
                                       "those", "it", "they", "he", "she", "we", NULL};
    const tok *x = &w->v[k];
    if (k == 0 || k + 1 >= w->n || !tok_punct(t, &w->v[k - 1], ",") ||
        !(tok_eq(t, x, "and") || tok_eq(t, x, "but") || tok_eq(t, x, "while")))
        return 0;
    return tok_cap(t, &w->v[k + 1]) || tok_in(t, &w->v[k + 1], subj);
}

/* The token after a reporting aside closed by a comma before the figure at
 * token fi: "..., the naval staff believed, X had 30 boats" or "The staff
 * reckoned, X had 30": a verb of saying as the last of one to six words
 * that follow a comma or open the sentence.  The clause after it is what
 * was said, and its subject owns the figure.  0 when there is none. */
static size_t after_aside(const char *t, const words *w, size_t fi, const annot_words *ws)
{
    size_t p = fi;
    while (p > 0 && fi - p < 8 && w->v[p - 1].kind != TOK_PUNCT)
        p--;
    if (p < 3 || fi - p >= 8 || !tok_punct(t, &w->v[p - 1], ",") ||
        !tok_in_set(t, &w->v[p - 2], &ws->report))
        return 0;
    for (size_t j = p - 2, n = 0; j-- > 0 && n < 6; n++) {
        if (w->v[j].kind != TOK_WORD)
            return tok_punct(t, &w->v[j], ",") && n >= 1 ? p : 0;
        if (j == 0)
            return p;
    }
    return 0;
}

/* Kinds of backward walks over a sentence's tokens (see back_from()). */
enum { WALK_CLAUSE, WALK_PAREN, WALK_PHRASE };

/* 1 when a walk of kind r goes on over token k (it stops after a token for
 * which this is 0). */
static int walk_over(const char *t, const words *w, size_t k, int r, const annot_words *ws)
{
    const tok *x = &w->v[k];
    switch (r) {
    case WALK_CLAUSE:   /* to the start of the clause (a coordinated one too) */
        return !clause_break(t, w, k, ws) && !coordinated(t, w, k);
    case WALK_PAREN:    /* to the last parenthesis */
        return !tok_punct(t, x, "(") && !tok_punct(t, x, ")");
    default:            /* over the words that may stand before a figure */
        return tok_in_set(t, x, &ws->np_words) || tok_cap(t, x) || tok_punct(t, x, "-") ||
               (x->kind == TOK_WORD && tok_len_noposs(t, x) != x->end - x->start);
    }
}

/* Walks this long are just walked; a longer one finds the stops of every
 * token of the sentence at once. */
#define SHORT_WALK 48

/* Where a walk of kind r from token i back to the sentence start stops:
 * the smallest p <= i with walk_over() true for tokens p .. i-1.  A walk
 * longer than SHORT_WALK finds the stops of every token and keeps them in v
 * (so each figure of a long sentence does not walk it again).  (size_t)-1
 * when out of memory. */
static size_t back_from(const char *t, sview *v, size_t i, int r, const annot_words *ws)
{
    size_t *b = v->back[r];
    if (!b) {
        size_t p = i;
        while (p > 0 && i - p < SHORT_WALK && walk_over(t, &v->w, p - 1, r, ws))
            p--;
        if (p == 0 || i - p < SHORT_WALK)
            return p;   /* stopped early: a short walk */
        if (!(b = malloc((v->w.n + 1) * sizeof *b)))
            return (size_t)-1;
        b[0] = 0;
        for (size_t k = 1; k <= v->w.n; k++)
            b[k] = walk_over(t, &v->w, k - 1, r, ws) ? b[k - 1] : k;
        v->back[r] = b;
    }
    return b[i];
}

/* Fill the choice from mention k of view v. */
static void choose(tally_actor_choice *out, const sview *v, long k, const char *rule,
                   size_t si)
{
    copy_str(out->code, sizeof out->code, v->m[k].code);
    out->cue_start = v->m[k].start;
    out->cue_end = v->m[k].end;
    out->rule = rule;
    out->cue_sent = si;
}

/* The actor that "its" or "their" right before the figure at token fi
 * refers to when a coordination joins it to a named holder: "fell to the
 * Velsonian command and its 38 guns": the nearest actor among the at most
 * eight words before "and", no punctuation between ("X attacked Y with its
 * 40 ships" is left alone: there "its" is the subject's).  -1 when there is
 * none. */
static long its_owner(const char *t, const sview *v, size_t fi)
{
    const words *w = &v->w;
    if (fi < 3 || v->nm == 0 ||
        !(tok_eq(t, &w->v[fi - 1], "its") || tok_eq(t, &w->v[fi - 1], "their")) ||
        !tok_eq(t, &w->v[fi - 2], "and"))
        return -1;
    size_t a = fi - 2;
    while (a > 0 && fi - 2 - a < 8 && w->v[a - 1].kind == TOK_WORD)
        a--;
    return nearest_in(v, a, fi - 2);
}

/* The owner from the figure's own noun phrase, or -1.  fi..li are the
 * tokens of the figure and its noun. */
static long noun_phrase(const char *t, sview *v, size_t fi, size_t li,
                        const annot_words *ws, int *oom)
{
    const words *w = &v->w;
    size_t a = back_from(t, v, fi, WALK_PHRASE, ws);
    if (a == (size_t)-1) {
        *oom = 1;
        return -1;
    }
    size_t b = li + 1;
    for (size_t n = 0; b < w->n && n < 4; n++, b++) {
        const tok *k = &w->v[b];
        if (k->kind == TOK_PUNCT && !tok_punct(t, k, "-"))
            break;
        if (tok_in_set(t, k, &ws->np_stop))
            break;
    }
    long m = nearest_in(v, a, b);
    /* not the subject of a relative clause: "nearly half of all the
       Valdonians had laid" */
    if (m >= 0 && !((size_t)m == first_actor(v, a) && hidden_relative(t, v, (size_t)m))) {
        /* the first actor of the phrase, not the nearest: "Chinese MiG units" */
        size_t k0 = first_actor(v, a);
        if (!captive(t, v, k0))   /* "47,600 Sennian prisoners": the clause decides */
            return (long)k0;
        if ((size_t)m != k0)
            return m;
    }
    if ((m = its_owner(t, v, fi)) >= 0)
        return m;   /* "fell to the Velsonian command and its 38 guns" */
    /* "the 150 projected by the Chinese", "the aircraft that the Chinese could",
       "a loan of $25 million from American banks" (the provider) */
    size_t j = b;
    if (j < w->n && w->v[j].kind == TOK_WORD && !tok_in_set(t, &w->v[j], &ws->np_stop) && j < b + 1)
        j++;
    if (j < w->n && (tok_eq(t, &w->v[j], "by") || tok_eq(t, &w->v[j], "of") ||
                     tok_eq(t, &w->v[j], "from") || that_clause(t, w, j))) {
        j++;
        if (j < w->n && tok_eq(t, &w->v[j], "the"))
            j++;
        size_t k = first_actor(v, j);
        if (k < v->nm && v->mtok[k] == j)
            return (long)k;
    }
    /* "Chinese pilots of three air divisions": the phrase before "of" */
    if (a > 1 && tok_eq(t, &w->v[a - 1], "of")) {
        size_t s = a - 1;
        while (s > 0 && a - 1 - s < 3 && w->v[s - 1].kind == TOK_WORD &&
               !tok_in_set(t, &w->v[s - 1], &ws->np_stop) &&
               !tok_in_set(t, &w->v[s - 1], &ws->preps))
            s--;
        if ((m = nearest_in(v, s, a - 1)) >= 0)
            return m;
    }
    /* "the CPV's antiaircraft units (eleven regiments)", "a division (three
       regiments and 90 MiG-15s)": the phrase before the parenthesis */
    size_t p = back_from(t, v, fi, WALK_PAREN, ws);
    if (p == (size_t)-1) {
        *oom = 1;
        return -1;
    }
    if (p > 0 && tok_punct(t, &w->v[p - 1], "(")) {
        size_t s = p - 1;
        while (s > 0 && !tok_punct(t, &w->v[s - 1], ",") && !tok_punct(t, &w->v[s - 1], ";") &&
               !tok_punct(t, &w->v[s - 1], ":") && p - s < 12)
            s--;
        return nearest_in(v, s, p - 1);
    }
    return -1;
}

/* 1 when the figure at token fi counts units a verb of equipping acts on
 * and its noun phrase's actor k comes after the figure: the verb stands
 * just before the figure, an article or "only" between allowed ("to
 * outfit 16 Ruritanian divisions", "equipped the 12 Ruritanian brigades"). */
static int equipped(const char *t, const sview *v, size_t fi, long k, const annot_words *ws)
{
    const words *w = &v->w;
    if (v->mtok[k] <= fi)
        return 0;
    for (size_t j = fi, n = 0; j > 0 && n < 2; j--, n++) {
        const tok *p = &w->v[j - 1];
        if (tok_in_set(t, p, &ws->provide))
            return 1;
        if (!tok_eq(t, p, "the") && !tok_eq(t, p, "only") && !tok_eq(t, p, "some"))
            return 0;
    }
    return 0;
}

/* 1 when token i is an article or a possessive ("the", "an", "their"). */
static int article(const char *t, const words *w, size_t i)
{
    static const char *const arts[] = {"the", "a", "an", "its", "their", "his", "her",
                                       "our", NULL};
    return tok_in(t, &w->v[i], arts);
}

/* Particles between a passive participle and "by" ("shot down by",
 * "turned back by"). */
static const char *const by_particles[] = {"down", "back", "off", "away", "up", NULL};

/* Participles of stopping a ship or a convoy: "23 were turned back by the
 * X cruisers", "captured by": what they count is the stopped side's, like
 * a loss. */
static const char *const stopped_verbs[] = {"turned", "captured", "seized", "intercepted",
                                            "stopped", "driven", "detained", NULL};

/* 1 when the actor whose first word is token a is the agent of a passive
 * verb of loss or stopping: "sunk by the X submarines", "turned back by X
 * cruisers" (an article and a particle allowed). */
static int passive_agent(const char *t, const words *w, size_t a, const annot_words *ws)
{
    if (a < 2)
        return 0;
    if (w->v[a - 1].end - w->v[a - 1].start > 2 && article(t, w, a - 1))
        a--;   /* "by the X submarines" */
    if (a < 2 || w->v[a - 1].end - w->v[a - 1].start != 2 || !tok_eq(t, &w->v[a - 1], "by"))
        return 0;
    size_t j = a - 2;   /* the participle, past a particle ("shot down by") */
    if (j > 0 && tok_in(t, &w->v[j], by_particles))
        j--;
    return tok_in_set(t, &w->v[j], &ws->loss) || tok_in(t, &w->v[j], stopped_verbs);
}

/* 1 when actor k of v does to the figure at token fi what a verb of loss
 * says: the verb stands between them ("the Drassian submarines had sunk 12
 * ships"), or the actor comes after it and "by" ("12 ships were sunk by
 * the Drassian submarines").  The figure is then the victim's, not k's. */
static int attacker(const char *t, const sview *v, long k, size_t fi, const annot_words *ws)
{
    const words *w = &v->w;
    size_t a = v->mtok[k];
    if (a < fi) {
        if (passive_agent(t, w, a, ws))
            return 1;   /* "23 were turned back by X cruisers, so that a third ..." */
        size_t e = v->mend[k];
        for (size_t j = fi > e + 6 ? fi - 6 : e; j < fi; j++)
            if (tok_in_set(t, &w->v[j], &ws->loss) && !(j > 0 && w->v[j - 1].kind == TOK_NUM))
                return 1;   /* not a noun after a number: "cost it 200 killed, 600 wounded" */
        /* "the X gunners held their fire: 18 bombers were shot down" */
        if (!passive_arms(t, w, fi + 1) || ((size_t)k + 1 < v->nm && v->mtok[k + 1] < fi))
            return 0;
        for (size_t j = e; j < fi; j++)
            if (w->v[j].kind == TOK_PUNCT)
                return 1;
        return 0;
    }
    return passive_agent(t, w, a, ws);
}

/* 1 when actor k of v is named as the victim of a verb of arms whose
 * attacker names no side, and the figure at token fi stands outside its
 * noun phrase before it: "In the eighteen months that followed the fields
 * sank 37 Valdonian ships" (the months are the attacker's, not the
 * victim's), or after it past a semicolon ("...; field A needed 127 mines
 * for every ship it sank"); the verb before the actor, a number and an
 * article between allowed. */
static int victim_named(const char *t, const sview *v, long k, size_t fi,
                        const annot_words *ws)
{
    const words *w = &v->w;
    size_t a = v->mtok[k], lo = fi + 1;
    if (fi >= a) {   /* after it only in a clause of its own, after a semicolon */
        size_t j = v->mend[k];
        while (j < fi && !tok_punct(t, &w->v[j], ";"))
            j++;
        if (j == fi)
            return 0;
        lo = 1;
    }
    for (size_t j = a, n = 0; j > lo && n < 3; j--, n++) {
        const tok *p = &w->v[j - 1];
        if (p->kind == TOK_WORD && tok_in(t, p, arms_verbs))
            return tok_in_set(t, p, &ws->loss);
        if (p->kind != TOK_NUM && !article(t, w, j - 1))
            return 0;
    }
    return 0;
}

/* Verbs of selling, and words of pricing or billing by the seller ("priced
 * at", "the Grevish invoice shows", "charged"): a price in their clause is
 * the buyer's commitment. */
static const char *const sell_verbs[] = {"sell", "sells", "sold", "selling", "priced",
                                         "invoice", "invoices", "invoiced", "billed",
                                         NULL};

/* 1 when the figure at tokens fi..li is a sum of money: a currency sign
 * starts it ("£1.15 million") or a currency's name follows its number, one
 * of currencies or a unit of category "money" in c's units table ("620,000
 * thalers"). */
static int money_at(const char *t, const words *w, size_t fi, size_t li, const annot_cache *c)
{
    const tok *k = &w->v[fi];
    unsigned char ch = (unsigned char)t[k->start];
    if (k->kind == TOK_PUNCT && (ch == '$' || ch == 0xC2 || ch == 0xE2))   /* $, pound, euro */
        return 1;
    for (size_t j = fi; j <= li + 1 && j < w->n && j <= fi + 3; j++) {
        const tok *q = &w->v[j];
        if (tok_in_set(t, q, &c->ws.currency))
            return 1;
        const char *cat = q->kind == TOK_WORD && c->units
                              ? tally_lextab_get(c->units, t + q->start, q->end - q->start,
                                                 c->unit_cat)
                              : NULL;
        if (cat && strcmp(cat, "money") == 0)
            return 1;
    }
    return 0;
}

/* Verbs of buying, ordering or spending: their subject pays, so a price in
 * their clause is the subject's own ("Tarsia bought 40 guns at £900 each"). */
static const char *const buy_verbs[] = {"buy", "buys", "bought", "buying", "purchase",
                                        "purchased", "purchases", "order", "ordered",
                                        "orders", "pay", "paid", "pays", "import",
                                        "imported", "spend", "spends", "spent",
                                        "spending", NULL};

/* 1 when token j of w opens a unit price: "at", a sum of money, then
 * "each", "apiece", "per" or "a"/"an" within three tokens ("at £240 a
 * set", "at 38 schillings each"); c's lists tell a sum of money. */
static int unit_price(const char *t, const words *w, size_t j, const annot_cache *c)
{
    static const char *const per[] = {"each", "apiece", "per", "a", "an", NULL};
    if (j + 2 >= w->n || !tok_eq(t, &w->v[j], "at") || !money_at(t, w, j + 1, j + 1, c))
        return 0;
    for (size_t q = j + 2; q < w->n && q <= j + 4; q++)
        if (tok_in(t, &w->v[q], per))
            return 1;
    return 0;
}

/* 1 when actor k of v sells what the figure at token fi, a sum of money
 * when money is 1 (money_at()), is paid for: a verb of selling or a word of
 * pricing stands between them in the clause ("the Grevish government
 * agreed to sell 24 boats at £1.15 million a boat", "Corvalia shipped 150
 * tanks, priced at 620,000 thalers each"), or a unit price (unit_price())
 * with no verb of buying before it ("X promised 300 sets at £240 a set,
 * £72,000 in all": both sums).
 * The price is the buyer's commitment, not the seller's. */
static int seller(const char *t, const sview *v, long k, size_t fi, int money,
                  const annot_cache *c)
{
    const words *w = &v->w;
    size_t e = v->mend[k];
    if (v->mtok[k] >= fi || fi - e > 24 || !money)
        return 0;
    int bought = 0;   /* a verb of buying: the subject pays, a price is its own */
    for (size_t j = e; j < fi; j++) {
        if (clause_break(t, w, j, &c->ws))
            return 0;
        if (tok_in(t, &w->v[j], sell_verbs))
            return 1;
        if (tok_in(t, &w->v[j], buy_verbs))
            bought = 1;
        if (!bought && unit_price(t, w, j, c))
            return 1;
    }
    return 0;
}

/* The buyer named after "to" in the clause of a sale, from token a to ce
 * ("agreed to sell 12 boats at £2 million each to the Kessin navy"): its
 * index in v->m, or -1. */
static long buyer(const char *t, const sview *v, size_t a, size_t ce)
{
    const words *w = &v->w;
    for (size_t k = first_actor(v, a); k < v->nm && v->mtok[k] < ce; k++) {
        size_t p = v->mtok[k];
        if (p > 0 && article(t, w, p - 1))
            p--;
        if (p > 0 && tok_eq(t, &w->v[p - 1], "to"))
            return (long)k;
    }
    return -1;
}

/* The giver of what a verb of receiving counts: when such a verb stands
 * near the figure (tokens fi..li) in its clause [lo, ce), the actor after
 * "from" after the verb ("Valdonia received 40 tanks from Westmark":
 * Westmark; "borrowed £24m from Westmark at 5 per cent": the rate too).
 * Its index in v->m, or -1. */
static long giver(const char *t, const sview *v, size_t lo, size_t fi, size_t li, size_t ce,
                  const annot_words *ws)
{
    const words *w = &v->w;
    size_t rv = (size_t)-1;
    for (size_t j = fi > lo + 16 ? fi - 16 : lo; j < ce && j < li + 6 && rv == (size_t)-1; j++)
        if (tok_in_set(t, &w->v[j], &ws->receive))
            rv = j;
    if (rv == (size_t)-1)
        return -1;
    /* the giver after the figure, or between the verb and the figure
       ("borrowed £24m from the Ambrian government at 5 per cent") */
    for (size_t k = first_actor(v, rv + 1); k < v->nm && v->mtok[k] < ce; k++) {
        size_t p = v->mtok[k] - 1;
        if (p > 0 && article(t, w, p))
            p--;
        if (tok_eq(t, &w->v[p], "from"))
            return (long)k;
    }
    return -1;
}


/* 1 when token q of w is "to" and a verb in lower case after it opens
 * what the side asked was to do, with the figure at fi at most eight
 * tokens on and no punctuation between ("asked the Dunholm government to
 * hold its shipments to 15,000 tons": the side asked owns them), unless
 * the verb is one of taking. */
static int asked_to(const char *t, const words *w, size_t q, size_t fi)
{
    /* asked to take something: what it counts is the giver's ("asked the
       Chinese to buy 120 Tu-4s") */
    static const char *const take[] = {"buy", "purchase", "accept", "receive", "take",
                                       "acquire", "the", NULL};
    if (!tok_eq(t, &w->v[q], "to") || q + 2 > fi || fi > q + 8 ||
        w->v[q + 1].kind != TOK_WORD || tok_cap(t, &w->v[q + 1]) ||
        tok_in(t, &w->v[q + 1], take))
        return 0;
    for (size_t j = q + 1; j < fi; j++)
        if (w->v[j].kind == TOK_PUNCT)
            return 0;
    return 1;
}

/* A verb of asking counts for figures at most this many tokens after it
 * ("asked the bank for another $60 million; it received $25 million"). */
#define ASK_BACK 40

/* Heads of an organisation's title-case name ("the League Relief
 * Commission", "the Allied Supply Board"). */
static const char *const org_heads[] = {"Commission", "Committee", "Board", "Fund",
                                        "Administration", "Agency", "Council", "Bank",
                                        "Organisation", "Organization", "Authority", NULL};

/* 1 when byte c may be part of a word of a title-case name. */
static int name_byte(char c)
{
    return isalpha((unsigned char)c) || c == '-' || c == '\'';
}

/* The full title-case name that a short name "the Fund" (the head word at
 * t[hs, he)) stands for: the last one before hs that ends in the same head
 * word after one to four capitalised words ("the Amarenth Relief Fund").
 * Its bytes into [*ns, *ne); 0 when the text names none. */
static int org_full_name(const char *t, size_t hs, size_t he, size_t *ns, size_t *ne)
{
    size_t hl = he - hs;
    for (size_t p = hs; p-- > 0;) {
        if (strncmp(t + p, t + hs, hl) != 0 || (p && name_byte(t[p - 1])) ||
            name_byte(t[p + hl]))
            continue;
        size_t q = p, words = 0;
        while (words < 4 && q >= 2 && (t[q - 1] == ' ' || t[q - 1] == '\n') && name_byte(t[q - 2])) {
            size_t r = q - 1;   /* the word before, back to its first byte */
            while (r > 0 && name_byte(t[r - 1]))
                r--;
            if (!isupper((unsigned char)t[r]) || (q - 1 - r == 3 && !strncmp(t + r, "The", 3)))
                break;
            q = r;
            words++;
        }
        if (words) {
            *ns = q;
            *ne = p + hl;
            return 1;
        }
    }
    return 0;
}

/* An organisation asked for something, named in title case from token a
 * (after "the") and ending in a word of org_heads, then "for" before fi:
 * its name into org->code (rule "asked").  A short name of the head word
 * alone ("asked the Fund for") stands for the full name written before it
 * (org_full_name()).  1 when found. */
static int asked_org(const char *t, const words *w, size_t a, size_t fi, tally_actor_choice *org)
{
    int the = a < fi && tok_eq(t, &w->v[a], "the");
    if (the)
        a++;
    size_t b = a;
    while (b < fi && b < a + 5 && tok_cap(t, &w->v[b]) && w->v[b].kind == TOK_WORD)
        b++;
    if (b >= fi || !tok_eq(t, &w->v[b], "for") || b == a || !tok_in(t, &w->v[b - 1], org_heads))
        return 0;
    size_t ns = w->v[a].start, ne = w->v[b - 1].end;
    if (b - a < 2 && (!the || !org_full_name(t, w->v[a].start, w->v[a].end, &ns, &ne)))
        return 0;
    size_t n = ne - ns;
    if (n >= sizeof org->code)
        return 0;
    memcpy(org->code, t + ns, n);
    org->code[n] = '\0';
    for (size_t i = 0; i < n; i++)   /* white space folded */
        if (org->code[i] == '\n' || org->code[i] == '\t')
            org->code[i] = ' ';
    org->cue_start = w->v[a].start;
    org->cue_end = w->v[b - 1].end;
    org->rule = "asked";
    return 1;
}

/* Heads of the name of a body of one's own government ("the Air Ministry",
 * "the War Office", "the cabinet"): asking one for something is asking
 * one's own side. */
static const char *const gov_heads[] = {"Ministry", "ministry", "Office", "Cabinet", "cabinet",
                                        "Treasury", "treasury", "Government", "government",
                                        "Parliament", "parliament", "Admiralty", NULL};

/* 1 when the words from token a (after the verb of asking) name a body of
 * the asker's own government that no actor names ("asked the Air Ministry
 * in June for 120 crews", "asked the cabinet for"; not "the government of
 * Westerland"), then "for" at most
 * five tokens after it and before fi, with no comma between. */
static int asked_own(const char *t, const sview *v, size_t a, size_t fi)
{
    const words *w = &v->w;
    if (a >= fi || !tok_eq(t, &w->v[a], "the"))
        return 0;
    size_t b = a + 1;
    while (b < fi && b < a + 5 && tok_cap(t, &w->v[b]) && w->v[b].kind == TOK_WORD &&
           !tok_in(t, &w->v[b], gov_heads))
        b++;
    if (b >= fi || !tok_in(t, &w->v[b], gov_heads))
        return 0;
    size_t k = first_actor(v, a);
    if (k < v->nm && v->mtok[k] <= b)
        return 0;   /* "the Valdmark government": a side of its own */
    if (k < v->nm && v->mtok[k] == b + 2 && tok_eq(t, &w->v[b + 1], "of"))
        return 0;   /* "the government of Westerland": another side's */
    for (size_t q = b + 1; q < fi && q < b + 6; q++) {
        if (tok_punct(t, &w->v[q], ",") || tok_punct(t, &w->v[q], ";"))
            return 0;
        if (tok_eq(t, &w->v[q], "for"))
            return 1;
    }
    return 0;
}

/* The side asked for something before the figure at token fi of v: an
 * actor between a verb of asking and "for", with the figure after that
 * "for" ("the government asked the League Relief Commission for 5,000
 * tons": the Commission, whose the flour would be; "Vesk asked the
 * Valdmark naval attache for 20 fighters": Valdmark).  What is asked of a
 * side is counted as that side's, and so is what the same sentence says
 * it gave ("...; it received $25 million", "the reply promised 12").  Its
 * index in v->m, or -1; -2 when it is an organisation no actor names
 * (asked_org(): into *org, unless org is NULL); -3 when it is a body of
 * the asker's own government (asked_own(): the verb's token into *own,
 * unless own is NULL), whose side is the asker's. */
static long asked_of(const char *t, const sview *v, size_t fi, tally_actor_choice *org,
                     size_t *own, const annot_words *ws)
{
    const words *w = &v->w;
    /* a verb of asking at most ASK_BACK tokens before the figure */
    for (size_t j = fi > ASK_BACK ? fi - ASK_BACK : 0; j < fi && j < w->n; j++) {
        if (!tok_in_set(t, &w->v[j], &ws->ask))
            continue;
        if (org && asked_org(t, w, j + 1, fi, org))
            return -2;
        if (asked_own(t, v, j + 1, fi)) {
            if (own)
                *own = j;
            return -3;
        }
        /* the side right after the verb (an article or "the ... of" between) */
        size_t k = first_actor(v, j + 1);
        if (k >= v->nm || v->mtok[k] > j + 4 || v->mtok[k] >= fi)
            continue;
        size_t e = v->mend[k];
        for (size_t q = e; q < fi && q < e + 5; q++) {
            if (tok_punct(t, &w->v[q], ",") || tok_punct(t, &w->v[q], ";"))
                break;
            if (tok_eq(t, &w->v[q], "for"))
                return (long)k;
            if (asked_to(t, w, q, fi))
                return (long)k;
        }
    }
    return -1;
}

/* Verbs of asking whose asked side follows "from" or "of" ("requested from
 * its ally Belvania", "demanded of the bank"). */
static const char *const ask_from_verbs[] = {"requested", "sought", "demanded", "asked",
                                             "wanted", NULL};

/* 1 when token k is "that" or "which" (its length looked at first). */
static int that_which(const char *t, const tok *k)
{
    size_t n = k->end - k->start;
    return (n == 4 && tok_eq(t, k, "that")) || (n == 5 && tok_eq(t, k, "which"));
}

/* The side asked for the figure at token li of v in a relative clause on
 * its noun after it: "50,000 tons a month that the government requested
 * from its ally Belvania" (Belvania, whose the tons would be); its index in
 * v->m, or -1.  The clause opens with "that" or "which" at most six tokens
 * after the figure, the verb at most four after that, and the side right
 * after "from" or "of" (an article and one noun between). */
static long requested_from(const char *t, const sview *v, size_t li)
{
    const words *w = &v->w;
    size_t r = li + 1;
    while (r < w->n && r < li + 7 && w->v[r].kind != TOK_PUNCT && !that_which(t, &w->v[r]))
        r++;
    if (r >= w->n || r >= li + 7 || w->v[r].kind == TOK_PUNCT)
        return -1;
    for (size_t j = r + 1; j < w->n && j < r + 5; j++) {
        if (w->v[j].kind == TOK_PUNCT)
            return -1;
        if (!tok_in(t, &w->v[j], ask_from_verbs))
            continue;
        if (j + 1 >= w->n ||
            !(tok_eq(t, &w->v[j + 1], "from") || tok_eq(t, &w->v[j + 1], "of")))
            return -1;
        size_t k = first_actor(v, j + 2);
        return k < v->nm && v->mtok[k] <= j + 4 ? (long)k : -1;
    }
    return -1;
}

/* Receivers' clauses are looked at this many tokens from the verb to the
 * figure ("received 85 tanks, 36 fighters and ..., or about 60 per cent"). */
#define RECEIVE_AHEAD 24
/* A receiver stands at most this many tokens before its verb ("Syldavia
 * agreed in June 1965 to accept"); further away it is not the verb's subject. */
#define RECEIVE_SUBJ 6

/* 1 when the verb at token j has its object before it and the figure at
 * token fi after a comma stands outside its clause: no number but a year
 * or a date ("in 1962") comes between the verb and the first comma after
 * it ("Of the 1,900 conscripts the navy received in 1962, only 420 ...").
 * In "received 85 tanks, 36 fighters" the figures are the verb's. */
static int object_before(const char *t, const words *w, size_t j, size_t fi)
{
    static const char *const when[] = {"in", "by", "since", "until", "till", "of", "during",
                                       "before", "after", NULL};
    for (size_t q = j + 1; q < fi; q++) {
        const tok *x = &w->v[q];
        if (tok_punct(t, x, ","))
            return 1;
        if (x->kind == TOK_NUM && !(q > 0 && tok_in(t, &w->v[q - 1], when)))
            return 0;
    }
    return 0;
}

/* 1 when actor k of v receives the figure at token fi: a verb that says
 * another side gave it (kind "receive_given" of actorwords) stands
 * between them, with no clause break and no other actor before the verb
 * ("Ruritania had received 85 tanks").  The figure is then the giver's,
 * whoever that is, never k's. */
static int receiver(const char *t, const sview *v, long k, size_t fi, const annot_words *ws)
{
    const words *w = &v->w;
    size_t e = v->mend[k];
    if (v->mtok[k] >= fi || e >= fi || fi - e > RECEIVE_AHEAD)
        return 0;
    for (size_t j = e; j < fi; j++) {
        if (clause_break(t, w, j, ws))
            return 0;
        if (tok_in_set(t, &w->v[j], &ws->given) && j <= e + RECEIVE_SUBJ &&
            !object_before(t, w, j, fi)) {
            /* another actor nearer the verb is the receiver, k the giver
               ("of the 48 Westmark sent, the Valdonians received 44") */
            size_t n = first_actor(v, e);
            return n >= v->nm || v->mtok[n] >= j;
        }
    }
    return 0;
}

/* The end of the clause of the figure ending at token li: the next clause
 * break, or a comma before "and", "but" or "while" that opens a
 * coordinated clause ("..., and the Drassian submarines had sunk"). */
/* A clause is looked for at most this many tokens ahead: a "sentence" of
 * megabytes without punctuation must not be walked again for each figure. */
#define CLAUSE_AHEAD 96

static size_t clause_end(const char *t, const sview *v, size_t li, const annot_words *ws)
{
    const words *w = &v->w;
    size_t ce = li + 1;
    while (ce < w->n && ce - li < CLAUSE_AHEAD && !clause_break(t, w, ce, ws)) {
        if (tok_punct(t, &w->v[ce], ",") && ce + 1 < w->n &&
            (tok_eq(t, &w->v[ce + 1], "and") || tok_eq(t, &w->v[ce + 1], "but") ||
             tok_eq(t, &w->v[ce + 1], "while")))
            break;
        ce++;
    }
    return ce;
}

/* The side other than foe that was most often a subject in doc, NULL
 * when none was (for a claimed kill when no side was seen attacking). */
static const struct annot_count *other_side(const annot_doc *doc, const char *foe)
{
    const struct annot_count *best = NULL;
    for (size_t j = 0; j < doc->nsubj; j++)
        if (strcmp(doc->subj[j].m.code, foe) != 0 &&
            (!best || doc->subj[j].n > best->n ||
             (doc->subj[j].n == best->n && doc->subj[j].si > best->si)))
            best = &doc->subj[j];
    return best;
}


/* How far back (in tokens) a verb of claiming is looked for before token
 * fi: a claim and the list it is split into stand within one long
 * sentence, never megabytes apart, and the bound keeps a document that is
 * one "sentence" linear. */
#define CLAIM_BACK 160
static size_t claim_from(size_t fi)
{
    return fi > CLAIM_BACK ? fi - CLAIM_BACK : 0;
}

/* 1 when a verb of claiming stands before token fi in sentence w with at
 * most one word (not "that") between it and a number ("claimed 57
 * bombers", "claimed some 40"), the number being fi or before it: what
 * the claim counts, and what the sentence goes on to split it into, is
 * the other side's loss. */
static int claimed_before(const char *t, const words *w, size_t fi)
{
    for (size_t j = claim_from(fi); j < fi && j < w->n; j++) {
        if (!tok_in(t, &w->v[j], claim_verbs))
            continue;
        for (size_t q = j + 1; q <= fi && q < w->n && q <= j + 2; q++) {
            if (w->v[q].kind == TOK_NUM)
                return 1;
            if (tok_eq(t, &w->v[q], "that") || w->v[q].kind != TOK_WORD)
                break;
        }
    }
    return 0;
}

/* Nouns of what the claimant itself did, counted after a verb of
 * claiming ("the batteries claimed 47 hits on ..."): no kill. */
static const char *const claimed_acts[] = {"hits", "hit", NULL};

/* 1 when what a verb of claiming before token fi counts first is a
 * formation of the units table ("the staff claimed 52 bands and 18,400
 * fighters"): a side's claim of its own strength, not of kills; or an
 * event of that table or a noun of claimed_acts ("claimed 300 sorties",
 * "claimed 47 hits"): the claimant's own acts. */
static int claimed_strength(const char *t, const words *w, size_t fi, const annot_cache *c)
{
    for (size_t j = claim_from(fi); j < fi && j < w->n; j++) {
        if (!tok_in(t, &w->v[j], claim_verbs))
            continue;
        size_t q = j + 1;
        while (q < w->n && q <= j + 3 && w->v[q].kind != TOK_NUM)
            q++;
        for (size_t r = q + 1; r < w->n && r <= q + 2 && w->v[r].kind == TOK_WORD; r++) {
            if (tok_in(t, &w->v[r], claimed_acts))
                return 1;
            if (!c->units || c->unit_cat < 0)
                continue;
            const char *cat = tally_lextab_get(c->units, t + w->v[r].start,
                                               w->v[r].end - w->v[r].start, c->unit_cat);
            if (cat)
                return strcmp(cat, "formation") == 0 || strcmp(cat, "event") == 0;
        }
        return 0;
    }
    return 0;
}

/* After "Together the boats sank 31 ships" (body sentence si naming no
 * side; the loss is out's, the attacker seen), the victim's losses go on in
 * the next sentences and seen is the side seen attacking. */
static void lost_goes_on(annot_doc *doc, const tally_actor_mention *seen,
                         const tally_actor_choice *out, size_t si)
{
    if (strcmp(seen->code, out->code) == 0)
        return;
    doc->attacker = *seen;
    doc->attacker_si = si;
    doc->have_attacker = 1;
    memset(&doc->force, 0, sizeof doc->force);
    copy_str(doc->force.code, sizeof doc->force.code, out->code);
    doc->force.start = out->cue_start;
    doc->force.end = out->cue_end;
    doc->force_si = si;
    doc->have_force = 1;
    doc->force_lost = 0;
}

/* The owner of a figure whose sentence names none, from what doc has read
 * before sentence si: the actor in force (the subject of a sentence at
 * most FORCE_NEAR before, in the same paragraph when the document has a
 * topic), else the document's topic actor, else its main actor; never foe
 * (the attacker of a verb of loss, "" none).  With claim (a kill claimed
 * by a subject naming no side; foe is then the topic), the last side seen
 * attacking comes before the topic and the main actor is skipped; the most
 * frequent other subject is the last resort.  1 when out is filled. */
static int from_doc(const annot_doc *doc, const tally_segments *seg, size_t si,
                    const char *foe, int claim, tally_actor_choice *out)
{
    const struct annot_count *oc;
    const struct annot_count *mc = doc_main(doc);
    int recent = doc->have_force && doc->force_si + FORCE_NEAR >= si &&
                 strcmp(doc->force.code, foe) != 0;
    /* a new paragraph goes back to the document's topic */
    if (recent && doc->have_topic && seg->sents[doc->force_si].para != seg->sents[si].para)
        recent = 0;
    const tally_actor_mention *fm = NULL;
    const char *rule = "";
    size_t at = 0;
    if (recent)
        fm = &doc->force, rule = "previous sentence", at = doc->force_si;
    else if (claim && doc->have_attacker && strcmp(doc->attacker.code, foe) != 0)
        fm = &doc->attacker, rule = "other side", at = doc->attacker_si;
    else if (doc->have_topic && strcmp(doc->topic.code, foe) != 0)
        fm = &doc->topic, rule = "topic", at = doc->topic_si;
    else if (mc && strcmp(mc->m.code, foe) != 0 && !claim)
        fm = &mc->m, rule = "main actor", at = mc->si;
    else if (claim && (oc = other_side(doc, foe)) != NULL)
        fm = &oc->m, rule = "other side", at = oc->si;
    const char *vc;
    if (!fm && claim && (vc = victim_code(doc, foe)) != NULL) {
        /* no other side seen acting: the last other country named */
        copy_str(out->code, sizeof out->code, vc);
        out->cue_start = out->cue_end = 0;
        out->rule = "other side";
        out->cue_sent = 0;
        return 1;
    }
    if (!fm)
        return 0;
    copy_str(out->code, sizeof out->code, fm->code);
    out->cue_start = fm->start;
    out->cue_end = fm->end;
    out->rule = rule;
    out->cue_sent = at;
    return 1;
}

/* Words of death: a sentence naming no side that has one, in a document
 * that has named whose captives it counts ("Sennian prisoners"), counts
 * the captives' deaths, a loss of the side they were taken from ("3,120
 * prisoners died", "half of those deaths"). */
static const char *const death_words[] = {"died", "dead", "deaths", "death", "perished", NULL};

/* 1 when doc has named whose captives it counts and sentence w has a word
 * of death_words: the owner is doc->captive (rule "captives"). */
static int captive_deaths(const char *t, const words *w, const annot_doc *doc)
{
    if (!doc->have_captive)
        return 0;
    for (size_t i = 0; i < w->n; i++)
        if (w->v[i].kind == TOK_WORD && tok_in(t, &w->v[i], death_words))
            return 1;
    return 0;
}

/* The owner of a figure asked of a body of the asker's own government
 * ("Hale asked the Air Ministry in June for 120 crews"; the verb of asking
 * at token verb of v): the side of the asker, the subject before the verb
 * in the clauses from lo, else the document's topic, else its main actor;
 * never the side of the sentence before, which may be the one who gave
 * something else.  Rule "asker". */
static tally_status asker(const char *t, const sview *v, size_t lo, size_t verb, size_t si,
                          const annot_cache *cache, tally_actor_choice *out)
{
    long k = subject_in(t, v, lo < verb ? lo : 0, verb, 1, &cache->ws.report);
    if (k >= 0) {
        choose(out, v, k, "asker", si);
        return TALLY_OK;
    }
    memset(out, 0, sizeof *out);
    out->rule = "";
    const annot_doc *doc = cache->doc;
    const struct annot_count *mc = doc ? doc_main(doc) : NULL;
    const tally_actor_mention *fm = doc && doc->have_topic ? &doc->topic : mc ? &mc->m : NULL;
    if (!fm)
        return TALLY_OK;
    copy_str(out->code, sizeof out->code, fm->code);
    out->cue_start = fm->start;
    out->cue_end = fm->end;
    out->cue_sent = doc->have_topic ? doc->topic_si : mc->si;
    out->rule = "asker";
    return TALLY_OK;
}

tally_status tally_actor_pick(const char *text, const tally_segments *seg, size_t si,
                              size_t fstart, size_t fend, size_t mend,
                              const tally_lexicon *lex, tally_actor_choice *out,
                              tally_error *err)
{
    annot_cache c;
    annot_cache_init(&c);
    tally_status st = annot_actor_pick(text, seg, si, fstart, fend, mend, lex, &c, out, err);
    annot_cache_free(&c);
    return st;
}

static tally_status pick(const char *text, const tally_segments *seg, size_t si,
                         size_t fstart, size_t fend, size_t mend, const tally_lexicon *lex,
                         annot_cache *cache, tally_actor_choice *out, tally_error *err);

/* Remember in doc the owner code of a body figure whose mention ends at
 * mend with a plural noun in lower case ("seven batteries"): the first
 * owner, forgotten when another figure of that noun has another. */
static void noun_owned(annot_doc *doc, const char *t, size_t fend, size_t mend,
                       const char *code)
{
    size_t e = mend, b;
    if (e <= fend || !islower((unsigned char)t[e - 1]) || t[e - 1] != 's')
        return;
    for (b = e; b > fend && islower((unsigned char)t[b - 1]);)
        b--;
    size_t n = e - b;
    if (n < 4 || n >= sizeof doc->noun[0].word)
        return;
    size_t j = 0;
    while (j < doc->nnoun && (doc->noun[j].word[0] != t[b] ||
                              strncmp(doc->noun[j].word, t + b, n) != 0 ||
                              doc->noun[j].word[n] != '\0'))
        j++;
    if (j < doc->nnoun) {
        if (strcmp(doc->noun[j].code, code) != 0)
            doc->noun[j].code[0] = '\0';   /* two sides' */
        return;
    }
    if (doc->nnoun == ANNOT_NOUNS)
        return;
    memcpy(doc->noun[j].word, t + b, n);
    doc->noun[j].word[n] = '\0';
    copy_str(doc->noun[j].code, sizeof doc->noun[j].code, code);
    doc->nnoun++;
}

/* Words that may open a sentence before its subject as a short phrase of
 * time ("By then the", "In July the", "That spring the"). */
static const char *const time_leads[] = {"by", "in", "then", "that", "after", "later",
                                         "meanwhile", "during", "from", "until", NULL};
static const char *const time_words[] = {"then", "now", "that", "this", "time", "year",
                                         "month", "week", "spring", "summer", "autumn",
                                         "winter", "early", "late", "mid", NULL};

/* Words that open a leading clause of condition or time with its verb
 * first or a subordinator ("had the loan been drawn, ...", "if the
 * money came, ...", "were it granted, ..."). */
static const char *const cond_leads[] = {"had", "were", "should", "if", "unless", "when",
                                         "once", "although", "though", NULL};

/* Verbs (and auxiliaries) that may follow "the <noun>" opening a main
 * clause: the noun is then its subject. */
static const char *const main_verbs[] = {"could", "would", "might", "will", "can", "had",
                                         "has", "was", "were", "did", "should", "must",
                                         "spent", "built", "paid", "lost", "raised",
                                         "received", "provided", "bought", NULL};

/* The token of "the" that opens the main clause of w after a leading
 * clause of cond_leads (at the sentence's start or after ":" or ";" in its
 * first LEAD_MAX tokens) and its comma, when a verb of main_verbs follows
 * "the <noun>" ("It never was: had the loan been drawn, the council could
 * have built 8 more"); (size_t)-1 when none. */
static size_t after_lead(const char *t, const words *w)
{
    enum { LEAD_MAX = 24 };
    size_t lim = w->n < LEAD_MAX ? w->n : LEAD_MAX;
    size_t a = (size_t)-1;
    for (size_t i = 0; i < lim && a == (size_t)-1; i++) {
        if (i > 0 && !tok_punct(t, &w->v[i - 1], ":") && !tok_punct(t, &w->v[i - 1], ";"))
            continue;
        if (w->v[i].kind == TOK_WORD && tok_in(t, &w->v[i], cond_leads))
            a = i;
    }
    if (a == (size_t)-1)
        return (size_t)-1;
    for (size_t i = a + 2; i < lim && i + 3 < w->n; i++) {
        if (tok_punct(t, &w->v[i], ";") || tok_punct(t, &w->v[i], ":"))
            return (size_t)-1;
        if (!tok_punct(t, &w->v[i], ","))
            continue;
        if (tok_eq(t, &w->v[i + 1], "the") && w->v[i + 2].kind == TOK_WORD &&
            w->v[i + 3].kind == TOK_WORD && tok_in(t, &w->v[i + 3], main_verbs))
            return i + 1;
        return (size_t)-1;   /* the first comma closes the leading clause */
    }
    return (size_t)-1;
}

/* The token of "the" that opens sentence w's subject: 0 when w opens with
 * it, else after a phrase of time of at most three tokens (a word of
 * time_leads, then words of time_words, month names, years or a comma:
 * "By then the auxiliaries"), or after a leading clause (after_lead());
 * (size_t)-1 when none. */
static size_t subject_the(const char *t, const words *w)
{
    if (w->n > 0 && tok_eq(t, &w->v[0], "the"))
        return 0;
    if (w->n < 4)
        return (size_t)-1;
    if (!tok_in(t, &w->v[0], time_leads))
        return after_lead(t, w);
    for (size_t j = 1; j <= 3 && j + 2 < w->n; j++) {
        const tok *k = &w->v[j];
        if (tok_eq(t, k, "the"))
            return j;
        if (!(tok_in(t, k, time_words) || tok_punct(t, k, ",") || k->kind == TOK_NUM ||
              (j == 1 && tok_cap(t, k))))
            return (size_t)-1;
    }
    return (size_t)-1;
}

/* The owner of the noun that opens sentence w after "The" ("The
 * batteries answered with 612 rounds"; a phrase of time may come first,
 * subject_the()), when doc remembers its figures as one side's
 * (noun_owned()), or the topic's when it is a noun of an actor (ws->org)
 * that no side introduced ("The garrison lost 37 men"; with no topic, after
 * a leading phrase only, the main actor so far, *cue and *cue_si its
 * mention); NULL when none, and when the figure (token fi) stands before
 * a subject after a leading phrase or after its verb of receiving.
 * *at is set to the noun's token. */
static const char *noun_subject(const annot_doc *doc, const char *t, const words *w,
                                const annot_words *ws, int *topic, size_t *at,
                                const tally_actor_mention **cue, size_t *cue_si, size_t fi)
{
    *topic = 0;
    size_t h = subject_the(t, w);
    if (h == (size_t)-1 || w->n < h + 3 || w->v[h + 1].kind != TOK_WORD)
        return NULL;
    if (h > 0 && fi < h)
        return NULL;   /* "If the 412 sorties had flown, the bands ...": not the subject's */
    for (size_t j = h + 2; h > 0 && j < w->n && j <= h + 5 && j < fi; j++)
        if (tok_in_set(t, &w->v[j], &ws->receive))
            return NULL;   /* "..., the bands would have received 6,180": the giver's */
    *at = h + 1;
    const tok *k = &w->v[h + 1];
    for (size_t j = 0; j < doc->nnoun; j++)
        if (doc->noun[j].code[0] && tok_eq(t, k, doc->noun[j].word))
            return doc->noun[j].code;
    const struct annot_count *cm = NULL;
    if (tok_cap(t, k) || !tok_in_set(t, k, &ws->org) ||
        (!doc->have_topic && (h == 0 || (cm = doc_main(doc)) == NULL)))
        return NULL;
    for (size_t j = 0; j < doc->nalias; j++)
        if (tok_eq(t, k, doc->alias[j].word))
            return NULL;   /* a side's, found elsewhere */
    *topic = 1;
    *cue = cm ? &cm->m : &doc->topic;
    *cue_si = cm ? cm->si : doc->topic_si;
    return cue[0]->code;   /* "The garrison lost 37 men": no side named it */
}

/* 1 when token i of w names a charge one side lays on another: "levy",
 * "tribute", "indemnity", "reparations", or "costs of (the) occupation"
 * ("... of the occupying army"). */
static int levy_at(const char *t, const words *w, size_t i)
{
    static const char *const charges[] = {"levy", "levies", "tribute", "tributes",
                                          "indemnity", "indemnities", "reparations", NULL};
    static const char *const costs[] = {"cost", "costs", "charges", NULL};
    static const char *const occupation[] = {"occupation", "occupying", NULL};
    const tok *k = &w->v[i];
    if (k->kind != TOK_WORD)
        return 0;
    if (tok_in(t, k, charges))
        return 1;
    if (!tok_in(t, k, costs) || i + 2 >= w->n || !tok_eq(t, &w->v[i + 1], "of"))
        return 0;
    size_t j = i + 2;
    if (tok_eq(t, &w->v[j], "the") && j + 1 < w->n)
        j++;
    return tok_in(t, &w->v[j], occupation);
}

/* 1 when the figure at tokens fi..li of sentence v (its mention ending at
 * byte mend) states the charge itself: a sum of money, or a bare number or
 * share, after a word of levy_at() earlier in the sentence ("the levy fell
 * from 20 million to 15 million kroner a day, 5 million less"), and not a
 * sum a head ("the levy gave about 44 marks a man": what the men got). */
static int charge_figure(const char *t, const sview *v, size_t fi, size_t li, size_t fend,
                         size_t mend, const annot_cache *c)
{
    const words *w = &v->w;
    if (fi >= w->n || li >= w->n)
        return 0;
    if (!money_at(t, w, fi, li, c) && mend > fend)
        return 0;
    size_t e = li + 1;   /* the tokens after the mention: "a man", "per soldier" */
    while (e < w->n && w->v[e].start < mend)
        e++;
    if (e + 2 < w->n && mend <= fend && (tok_eq(t, &w->v[e + 1], "a") ||
                                         tok_eq(t, &w->v[e + 1], "per")))
        e++;   /* the mention stops at the number: its noun first ("crowns a man") */
    if (e + 1 < w->n && (tok_eq(t, &w->v[e], "a") || tok_eq(t, &w->v[e], "per") ||
                         tok_eq(t, &w->v[e], "each")) &&
        w->v[e + 1].kind == TOK_WORD &&
        !tok_in(t, &w->v[e + 1], (const char *const[]){"day", "week", "month", "year",
                                                         "quarter", "annum", NULL}))
        return 0;
    for (size_t j = fi; j > 0 && fi - j < 32; j--)
        if (levy_at(t, w, j - 1))
            return 1;
    return 0;
}

/* Heads of the name of a body that belongs to no state: a charity or a
 * society ("the Amarenth Relief Fund"), an actor of its own. */
static const char *const body_heads[] = {"Fund", "Society", "Association", "Foundation",
                                         "Trust", "League", "Mission", NULL};

/* The body of its own that the figure at token fi of sentence v follows in
 * its clause ("The Fund promised 1,200 tons", "cost the Fund £124,800"): a
 * short name "the Fund" (a word of body_heads) that stands for a full name
 * written before it (org_full_name()), with no actor, clause break or
 * that-clause between.  Its name into out (rule "organisation"); 1 when found. */
static int body_before(const char *t, const sview *v, size_t fi, tally_actor_choice *out)
{
    const words *w = &v->w;
    for (size_t j = fi; j > 1 && fi - j < 20; j--) {
        const tok *k = &w->v[j - 1];
        if (k->kind == TOK_PUNCT && (t[k->start] == ';' || t[k->start] == ':' ||
                                     t[k->start] == '('))
            return 0;
        if (tok_in(t, k, (const char *const[]){"that", "which", "who", "whether", "if", NULL}))
            return 0;   /* "told the Fund that ... would take 19 tons": another clause */
        if (k->kind != TOK_WORD || !tok_cap(t, k) || !tok_in(t, k, body_heads) ||
            !tok_eq(t, &w->v[j - 2], "the"))
            continue;
        for (size_t a = 0; a < v->nm; a++)
            if (v->m[a].start < w->v[fi].start && v->m[a].end > w->v[j - 2].start)
                return 0;   /* a side named in between, or the name itself */
        size_t ns, ne;
        if (!org_full_name(t, k->start, k->end, &ns, &ne) || ne - ns >= sizeof out->code)
            return 0;
        memcpy(out->code, t + ns, ne - ns);
        out->code[ne - ns] = '\0';
        for (size_t i = 0; out->code[i]; i++)   /* white space folded */
            if (out->code[i] == '\n' || out->code[i] == '\t')
                out->code[i] = ' ';
        out->cue_start = k->start, out->cue_end = k->end;
        out->rule = "organisation";
        return 1;
    }
    return 0;
}

tally_status annot_actor_pick(const char *text, const tally_segments *seg, size_t si,
                              size_t fstart, size_t fend, size_t mend, const tally_lexicon *lex,
                              annot_cache *cache, tally_actor_choice *out, tally_error *err)
{
    tally_status st = pick(text, seg, si, fstart, fend, mend, lex, cache, out, err);
    annot_doc *doc = cache->doc;
    /* "The Fund promised 1,200 tons": a charity's own figure, not the side
       of the sentence before */
    if (st == TALLY_OK && strcmp(out->rule, "noun phrase") != 0 && strcmp(out->rule, "asked") != 0 &&
        si < seg->nsents && seg->sents[si].section == TALLY_SECTION_BODY) {
        const sview *v = annot_cache_sent(cache, text, seg, si, lex);
        if (!v)
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        size_t fi = words_at(&v->w, fstart);
        tally_actor_choice org = *out;
        if (fi < v->w.n && body_before(text, v, fi, &org)) {
            org.cue_sent = si;
            *out = org;
        }
    }
    /* a charge laid on the side the story follows is that side's, the payer's,
       whoever fixed it ("the occupier fixed the levy at 20 million a day") */
    if (st == TALLY_OK && doc && doc->have_topic && out->code[0] &&
        strcmp(out->rule, "noun phrase") != 0 && strcmp(out->code, doc->topic.code) != 0 &&
        si < seg->nsents && seg->sents[si].section == TALLY_SECTION_BODY) {
        const sview *v = annot_cache_sent(cache, text, seg, si, lex);
        if (!v)
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        size_t fi = words_at(&v->w, fstart), li = fi;
        while (li + 1 < v->w.n && v->w.v[li + 1].end <= (mend > fend ? mend : fend))
            li++;
        if (charge_figure(text, v, fi, li, fend, mend, cache)) {
            copy_str(out->code, sizeof out->code, doc->topic.code);
            out->cue_start = doc->topic.start, out->cue_end = doc->topic.end;
            out->rule = "payer";
            out->cue_sent = doc->topic_si;
        }
    }
    /* a body figure whose sentence or the sentences just before it decided
       its owner counts towards the document's main actor; a loss of the
       other side does not (the kills claimed would make it the main actor) */
    if (st == TALLY_OK && doc && out->code[0] && strcmp(out->rule, "topic") != 0 &&
        strcmp(out->rule, "main actor") != 0 && strcmp(out->rule, "other side") != 0 &&
        si < seg->nsents &&
        seg->sents[si].section == TALLY_SECTION_BODY && doc->next == si)
        doc_owned(doc, out, si);
    if (st == TALLY_OK && doc && out->code[0] && si < seg->nsents &&
        seg->sents[si].section == TALLY_SECTION_BODY)
        noun_owned(doc, text, fend, mend, out->code);
    return st;
}

/* 1 when actor k of sentence v, in the noun phrase of the figure at token
 * fi, names where bought goods came from: after "of" or "from" (an article
 * between allowed), the figure in the clause of a verb of buying or
 * spending or ordering before it ("bought 62,000 tons of Sarvanian petrol", "spent it
 * on six guns from the Brenmoor firm of Halloway at £420,000 each"), or
 * after "in" before the figure ("bought 40 sets in Kessia at £900 each"):
 * the buyer owns them, so the clause decides. */
static int bought_origin(const char *t, const sview *v, size_t fi, long k)
{
    static const char *const buy_verbs[] = {"bought", "buy", "buys", "purchased", "purchase",
                                            "imported", "import", "imports", "spent", "spend",
                                            "ordered", NULL};
    const words *w = &v->w;
    size_t i = v->mtok[k];
    if (i >= 2 && tok_eq(t, &w->v[i - 1], "the"))
        i--;
    /* "in" only before the figure: "bought 48 lenses in Kessia at £900 each" */
    if (i < 2 || !(tok_eq(t, &w->v[i - 1], "of") || tok_eq(t, &w->v[i - 1], "from") ||
                   (v->mtok[k] < fi && tok_eq(t, &w->v[i - 1], "in"))))
        return 0;
    for (size_t j = fi, n = 0; j > 0 && n < 16; j--, n++) {
        const tok *p = &w->v[j - 1];
        /* a mark glued to both neighbours is inside a word ("F.52") */
        if (p->kind == TOK_PUNCT &&
            !(j >= 2 && j < w->n && w->v[j - 2].end == p->start && w->v[j].start == p->end))
            return 0;
        unsigned char c = words_lower((unsigned char)t[w->v[j - 1].start]);
        if ((c == 'b' || c == 'p' || c == 'i' || c == 's' || c == 'o') &&
            tok_in(t, &w->v[j - 1], buy_verbs))
            return 1;
    }
    return 0;
}

/* 1 when actor k of v is the subject of a condition ("if the Brescanian
 * fleet tried a blockade", "unless the X army", an article between
 * allowed) that a comma closes before the figure at token fi: "the guns
 * would need 180 rounds if the X fleet came, so that the stock would last
 * three months" says nothing of whose stock it is. */
static int condition_subject(const char *t, const sview *v, long k, size_t fi)
{
    static const char *const cond[] = {"if", "unless", NULL};
    const words *w = &v->w;
    size_t i = v->mtok[k];
    if (i >= fi || i < 1)
        return 0;
    if (i >= 2 && tok_eq(t, &w->v[i - 1], "the"))
        i--;
    if (!tok_in(t, &w->v[i - 1], cond))
        return 0;
    for (size_t j = v->mtok[k] + 1; j < fi; j++)
        if (tok_punct(t, &w->v[j], ","))
            return 1;
    return 0;
}

/* A loan's terms (the figure at token fi) after "repayable" in a sentence
 * whose side before "lend" lends ("X agreed to lend $2m, repayable over 15
 * years at 3 per cent"): the borrower's commitment, so the document's topic
 * (else its main actor so far) owns them when it is another side than the
 * lender.  1 and out filled,
 * else 0.  The look-back is bounded to 40 tokens. */
static int loan_terms(const char *t, const sview *v, const annot_doc *doc, size_t fi,
                      tally_actor_choice *out)
{
    static const char *const lend[] = {"lend", "lent", "loaned", "lending", NULL};
    static const char *const repay[] = {"repayable", "repaid", NULL};
    const words *w = &v->w;
    const struct annot_count *cm = NULL;   /* with no topic, the main actor so far */
    if (!doc || fi >= w->n || (!doc->have_topic && (cm = doc_main(doc)) == NULL))
        return 0;
    const tally_actor_mention *b = cm ? &cm->m : &doc->topic;
    size_t lo = fi > 40 ? fi - 40 : 0, rp = (size_t)-1, lv = (size_t)-1;
    for (size_t j = fi; j-- > lo && lv == (size_t)-1;) {
        const tok *x = &w->v[j];   /* the first letter first: most tokens stop there */
        char c0 = (char)(t[x->start] | 0x20);
        if (rp == (size_t)-1 && c0 == 'r' && tok_in(t, x, repay))
            rp = j;
        else if (rp != (size_t)-1 && c0 == 'l' && tok_in(t, x, lend))
            lv = j;
    }
    if (lv == (size_t)-1)
        return 0;
    long k = nearest_in(v, lo, lv);   /* the lender, before its verb */
    if (k < 0 || strcmp(v->m[k].code, b->code) == 0)
        return 0;
    copy_str(out->code, sizeof out->code, b->code);
    out->cue_start = b->start, out->cue_end = b->end;
    out->rule = "borrower";
    out->cue_sent = cm ? 0 : doc->topic_si;
    return 1;
}

/* The owner of a figure (annot_actor_pick() without the counting). */
static tally_status pick(const char *text, const tally_segments *seg, size_t si,
                         size_t fstart, size_t fend, size_t mend, const tally_lexicon *lex,
                         annot_cache *cache, tally_actor_choice *out, tally_error *err)
{
    memset(out, 0, sizeof *out);
    out->rule = "";
    if (si >= seg->nsents)
        return TALLY_OK;
    if (annot_doc_advance(cache, text, seg, si, lex) < 0)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    sview *const v = annot_cache_sent(cache, text, seg, si, lex);
    if (!v)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    int oom = 0;
    size_t fi = words_at(&v->w, fstart);
    size_t li = fi;
    size_t stop = mend > fend ? mend : fend;
    while (li + 1 < v->w.n && v->w.v[li + 1].end <= stop)
        li++;
    long k = fi < v->w.n ? noun_phrase(text, v, fi, li, &cache->ws, &oom) : -1;
    if (oom)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    if (k >= 0 && equipped(text, v, fi, k, &cache->ws))
        k = -1;   /* "to outfit 16 Ruritanian divisions": the clause decides */
    if (k >= 0 && bought_origin(text, v, fi, k))
        k = -1;   /* "bought 62,000 tons of Sarvanian petrol": the buyer's */
    if (k >= 0) {
        choose(out, v, k, "noun phrase", si);
        return TALLY_OK;
    }
    /* the clause of the figure, then the clauses around it; not a leading
       subordinate clause before it */
    size_t lo = fi >= v->lead ? v->lead : 0;
    size_t ce = clause_end(text, v, li, &cache->ws);
    if (fi < v->w.n && (k = giver(text, v, lo, fi, li, ce, &cache->ws)) >= 0) {
        choose(out, v, k, "giver", si);
        return TALLY_OK;
    }
    if (li < v->w.n && (k = requested_from(text, v, li)) >= 0) {
        choose(out, v, k, "asked", si);   /* "50,000 tons that X requested from Y" */
        return TALLY_OK;
    }
    size_t ask_verb = 0;
    long ask = fi < v->w.n ? asked_of(text, v, fi, out, &ask_verb, &cache->ws) : -1;
    if (ask == -3)
        return asker(text, v, lo, ask_verb, si, cache, out);
    if (ask >= 0)
        choose(out, v, ask, "asked", si);
    if (ask != -1) {
        out->cue_sent = si;
        return TALLY_OK;
    }
    if (loan_terms(text, v, cache->doc, fi, out))
        return TALLY_OK;   /* "lent ..., repayable over 15 years": the borrower's */
    int money = fi < v->w.n && money_at(text, &v->w, fi, li, cache);
    long recv = -1;   /* the receiver of what a verb of receiving counts, -1 none */
    long kb;          /* the buyer of a sale */
    size_t c = fi < v->w.n ? fi : v->w.n, end = c;
    size_t aside = fi < v->w.n ? after_aside(text, &v->w, fi, &cache->ws) : 0;
    if (aside && (k = subject_in(text, v, aside, ce, 1, &cache->ws.report)) >= 0 &&
        !attacker(text, v, k, fi, &cache->ws) && !seller(text, v, k, fi, money, cache) &&
        !receiver(text, v, k, fi, &cache->ws)) {
        choose(out, v, k, "clause after a reporting aside", si);
        return TALLY_OK;
    }
    for (int level = 0; level < 3; level++) {
        if ((c = back_from(text, v, c, WALK_CLAUSE, &cache->ws)) == (size_t)-1)
            return tally_fail(err, TALLY_ENOMEM, "out of memory");
        if (c == 0)
            break;
        /* "X lost 27 boats, when the Y escorts had radar: 27 in all": a
           subordinate clause the figure's clause follows is not its owner */
        if (level > 0 && tok_in(text, &v->w.v[c - 1], subordinators)) {
            end = --c;
            continue;
        }
        if ((k = subject_in(text, v, c > lo ? c : lo, end, 1, &cache->ws.report)) >= 0) {
            if (seller(text, v, k, fi, money, cache) &&
                (kb = buyer(text, v, v->mend[k], ce)) >= 0) {
                choose(out, v, kb, "buyer", si);
                return TALLY_OK;
            }
            if (attacker(text, v, k, fi, &cache->ws) || seller(text, v, k, fi, money, cache) ||
                arriving(text, v, k, fi))
                goto victim;
            if (receiver(text, v, k, fi, &cache->ws)) {
                recv = k;
                goto victim;
            }
            choose(out, v, k, "clause", si);
            return TALLY_OK;
        }
        /* "one Soviet division which had 90 MiGs": the antecedent owns it */
        const tok *b = &v->w.v[c - 1];
        int so_that = tok_eq(text, b, "that") && c >= 2 && tok_eq(text, &v->w.v[c - 2], "so");
        if ((tok_eq(text, b, "which") || tok_eq(text, b, "who") || tok_eq(text, b, "that")) &&
            !so_that &&   /* "..., so that a third ...": a result, no relative */
            (k = nearest_in(v, c > 6 ? c - 6 : 0, c - 1)) >= 0 && !witness(text, v, (size_t)k)) {
            choose(out, v, k, "relative clause", si);
            return TALLY_OK;
        }
        end = --c;
    }
    /* an actor before the figure, or after it in its own clause; not the
       subject of a condition closed before it */
    if ((k = subject_in(text, v, lo, ce, 1, &cache->ws.report)) >= 0 &&
        condition_subject(text, v, k, fi))
        k = -1;
    if (k >= 0) {
        if (seller(text, v, k, fi, money, cache) &&
            (kb = buyer(text, v, v->mend[k], ce)) >= 0) {
            choose(out, v, kb, "buyer", si);
            return TALLY_OK;
        }
        if (attacker(text, v, k, fi, &cache->ws) || seller(text, v, k, fi, money, cache) ||
            arriving(text, v, k, fi))
            goto victim;
        if (receiver(text, v, k, fi, &cache->ws)) {
            recv = k;
            goto victim;
        }
        if (victim_named(text, v, k, fi, &cache->ws))
            goto victim;
        choose(out, v, k, "sentence", si);
        return TALLY_OK;
    }
victim:;
    /* what a verb of loss counts is not its subject's, what a verb of
       receiving counts not its receiver's: foe is that subject */
    char foe[sizeof out->code] = "";
    if (k >= 0)
        copy_str(foe, sizeof foe, v->m[k].code);
    const tally_sentence *s = &seg->sents[si];
    const annot_doc *doc = cache->doc;
    /* a kill claimed by a subject naming no side ("the escorts claimed 19
       submarines") is a loss of the side the story is not told of: the
       topic, else (no side in the title) the main actor so far */
    const struct annot_count *cm0 = NULL;   /* with no topic, the main actor stands for it */
    int claim = k < 0 && doc && fi < v->w.n && claimed_before(text, &v->w, fi) &&
                (doc->have_topic || (cm0 = doc_main(doc)) != NULL) &&
                !claimed_strength(text, &v->w, fi, cache);
    if (claim)
        copy_str(foe, sizeof foe, doc->have_topic ? doc->topic.code : cm0->m.code);
    /* "the boats sank 31 ships": a loss of the side other than the one
       attacking; the subject names none, so the last seen attacking, else
       the one the story follows, is the foe */
    const tally_actor_mention *ua;
    if (!claim && k < 0 && doc && s->section == TALLY_SECTION_BODY && v->nm == 0 &&
        fi < v->w.n && doc->next == si && (ua = victim_in_force(doc, seg, si)) &&
        (arms_sentence(text, v, 0) || lost_figure(text, &v->w, fi, li, &cache->ws, 0))) {
        /* "the fleet lost 87 ships. Mines sank 34, ...": its own losses */
        copy_str(out->code, sizeof out->code, ua->code);
        out->cue_start = ua->start, out->cue_end = ua->end;
        out->rule = "victim in force";
        out->cue_sent = doc->force_si;
        return TALLY_OK;
    }
    if (!claim && k < 0 && doc && s->section == TALLY_SECTION_BODY && v->nm == 0 &&
        fi < v->w.n && arms_sentence(text, v, 0) &&
        !lost_figure(text, &v->w, fi, li, &cache->ws, 0) &&
        !lost_noun(text, &v->w, fi, li, &cache->ws) && (ua = unnamed_attacker(doc, si))) {
        /* "the 17 boats at sea sank only six", "To sink them the boats
           fired 1,148 torpedoes": what the attackers had and spent */
        copy_str(out->code, sizeof out->code, ua->code);
        out->cue_start = ua->start, out->cue_end = ua->end;
        out->rule = "attacker";
        out->cue_sent = si;
        return TALLY_OK;
    }
    tally_actor_mention seen;   /* the attacker of a loss below, when lost */
    int lost = 0;
    if (!claim && k < 0 && doc && s->section == TALLY_SECTION_BODY && fi < v->w.n &&
        (lost_figure(text, &v->w, fi, li, &cache->ws, doc->have_attacker) ||
         (arms_sentence(text, v, 0) && lost_noun(text, &v->w, fi, li, &cache->ws))) &&
        (ua = unnamed_attacker(doc, si))) {
        copy_str(foe, sizeof foe, ua->code);
        seen = *ua;
        claim = lost = 1;
    }
    /* "it held 47,600 Sennian prisoners": not the side they were taken from */
    for (size_t a = 0; !foe[0] && a < v->nm; a++)
        if (captive(text, v, a))
            copy_str(foe, sizeof foe, v->m[a].code);
    if (doc && s->section == TALLY_SECTION_BODY && doc->next == si &&
        captive_deaths(text, &v->w, doc)) {
        const tally_actor_mention *cm = &doc->captive;
        copy_str(out->code, sizeof out->code, cm->code);
        out->cue_start = cm->start, out->cue_end = cm->end;
        out->rule = "captives";
        out->cue_sent = 0;
        return TALLY_OK;
    }
    const char *nc;
    int nt;
    size_t nat = 0;
    const tally_actor_mention *ncue = NULL;
    size_t ncue_si = 0;
    if (!claim && k < 0 && doc && s->section == TALLY_SECTION_BODY && v->nm == 0 &&
        (nc = noun_subject(doc, text, &v->w, &cache->ws, &nt, &nat, &ncue, &ncue_si, fi)) != NULL &&
        strcmp(nc, foe) != 0) {
        /* "The batteries answered with 612 rounds": whose batteries they are */
        copy_str(out->code, sizeof out->code, nc);
        out->cue_start = nt ? ncue->start : v->w.v[nat].start;
        out->cue_end = nt ? ncue->end : v->w.v[nat].end;
        out->rule = !nt ? "subject noun" : doc->have_topic ? "topic" : "main actor";
        out->cue_sent = nt ? ncue_si : si;
        return TALLY_OK;
    }
    if (doc && s->section == TALLY_SECTION_BODY && doc->next == si) {
        if (from_doc(doc, seg, si, foe, claim, out)) {
            if (lost && v->nm == 0 && arms_sentence(text, v, 1))
                lost_goes_on(cache->doc, &seen, out, si);
            return TALLY_OK;
        }
    } else {
        for (size_t back = 1; back <= 2 && back <= si; back++) {
            const tally_sentence *p = &seg->sents[si - back];
            if (p->section != s->section || (s->section == TALLY_SECTION_ENDNOTE &&
                                             p->endnote != s->endnote))
                break;
            const sview *pv = annot_cache_sent(cache, text, seg, si - back, lex);
            if (!pv)
                return tally_fail(err, TALLY_ENOMEM, "out of memory");
            k = subject_in(text, pv, 0, pv->w.n, 0, &cache->ws.report);
            if (k >= 0 && passive_agent(text, &pv->w, pv->mtok[k], &cache->ws))
                break;   /* "23 were turned back by X cruisers": the doer of a loss */
            if (k >= 0 && strcmp(pv->m[k].code, foe) != 0) {
                choose(out, pv, k, "previous sentence", si - back);
                return TALLY_OK;
            }
        }
    }
    /* the cache may have moved: the sentence is asked for again */
    sview *const v2 = annot_cache_sent(cache, text, seg, si, lex);
    if (!v2)
        return tally_fail(err, TALLY_ENOMEM, "out of memory");
    /* not a side of a leading subordinate clause when the main clause
       after it names a subject of its own ("When the X offensive opened,
       the city produced a third of ..."; "its fleet" is still the lead's) */
    static const char *const own_dets[] = {"the", "a", "an", "this", "these", "those", NULL};
    size_t from = fi < v2->w.n && v2->lead > 0 && fi >= v2->lead &&
                          own_subject(text, &v2->w, v2->lead) &&
                          tok_in(text, &v2->w.v[v2->lead], own_dets)   /* "its": the lead's */
                      ? v2->lead
                      : 0;
    if ((k = subject_in(text, v2, from, v2->w.n, 1, &cache->ws.report)) >= 0 &&
        strcmp(v2->m[k].code, foe) != 0)
        choose(out, v2, k, "sentence", si);
    else if (recv >= 0 && (size_t)recv < v2->nm)
        choose(out, v2, recv, "receiver", si);   /* no other side could have given it */
    else if (from > 0 && k < 0 && doc && s->section == TALLY_SECTION_BODY)
        from_doc(doc, seg, si, foe, 0, out);     /* the lead clause's side skipped */
    else if (foe[0] && doc && s->section == TALLY_SECTION_ENDNOTE)
        from_doc(doc, seg, si, foe, 0, out);   /* "the Grevish invoice shows £27.6 million":
                                                 the buyer, the topic of the story */
    return TALLY_OK;
}
