"""The quality harness of briefgen: datasets, halves, scoring, peers, rule coverage, report and gate.

Benchmark-only code: it calls ``briefgen.summarize`` (and ``briefgen.nlp.load_pipeline``
for the spaCy-based peers) and uses the ``bench`` extra (rouge-score, sumy,
newspaper4k, textacy); ``briefgen`` never imports it.

Every scored set is split in two halves by document id (``halves.py``); each metric is
reported for the whole set and for half "a" and half "b". The rules that fire on each
article are counted per corpus (``coverage.py``). The gate's floors are in ``gate.py``,
the targets in ``targets.py``.

How each task is scored (the rules live in ``scoring.py``, ``rouge.py`` and ``names.py``):

Key points
    ROUGE-1/2/Lsum F1 (rouge-score, stemming, sentences joined with newlines for
    Lsum), averaged over documents, of ``brief.key_points[:k]``: k = 3 on
    CNN/DailyMail against the editors' highlights; on BBC k = the number of
    reference sentences, plus sentence precision/recall (a predicted sentence is a
    gold sentence when their ordered word overlap covers 80% of the longer one).
    Lead-3 (Lead-k on BBC) of the raw text is scored the same way in every run.

Bottom line (CNN/DailyMail)
    ``brief.bottom_line``: its length in words (runs between spaces that hold a letter
    or a digit; mean, longest, share over 30) and its ROUGE-1 F1 against the
    highlights, beside Lead-1 (the first sentence of the raw text).

Quotes (PolNeAR)
    Word-level matching: a prediction matches a gold quote when their ordered word
    overlap covers at least half of the shorter one; one-to-one greedy by overlap.
    A gold quote split by its attribution can only be predicted as several quotes
    (a Quote has one span), so its further segments are neither hits nor false
    positives. Speakers are compared with alias matching (case-folded, honorifics
    and suffixes dropped, a surname or first name matches the full name) against
    ``speaker_canonical``; a null gold speaker needs a null prediction; a pronoun
    or a description without a canonical name is skipped (a phrase that starts
    with a name is scored against that name). Statement view: fully quoted gold
    quotes of 4+ words; its precision counts predictions of 4+ words that do not
    match a non-statement gold quote. ``speaker_acc_named`` (shown, not gated) is the
    statements' speaker accuracy over the gold speakers the annotation names itself:
    the corpus derives the canonical name of a pronoun or a description by automatic
    coreference ("derived automatically, not gold", its README), and a wrong speaker
    of that kind is listed with "(gold by coreference)".

Actors (CoNLL-2003)
    Document-level entity sets per label (PER, ORG, LOC; MISC dropped). Gold
    mentions are grouped into entities (case-folded forms; a person's surname
    joins the full name). Each actor is one predicted entity (its name and all its
    aliases: a hit if any form matches), matched one-to-one, exact forms before
    aliases, so a person split into two actors costs a false positive, and an
    actor is never charged for carrying several forms. The spaCy peer's entities
    are grouped by the very function the gold goes through.
"""
