"""The speakers table on PolNeAR articles: sift's ``doc.speakers`` against the annotated sources of each article.

Run: ``.venv/bin/python bench/speakers_polnear.py --split dev`` (``--data`` points at the PolNeAR folder, default
``../shared/data/attribution/polnear``; ``--split train`` runs the 840 training articles, where the speaker
confidence and the cue scorer were fitted, so report it apart). Prints one summary line and writes
``bench/results/speakers-polnear-<split>.json``: speaker precision / recall / junk overall and by publisher, the
same for speakers shown as facts, recall of speaking, named and described sources, and per article the counts and
the junk and missed names (cut to six words). ``--examples N`` also prints N random (seeded) junk speakers, missed
gold entities, missed speaking entities and correct matches ("predicted -> gold") for reading by hand.

Each article is given to sift as a plain-text page (:func:`page_text`: the known title on the first line, then the
body), run through ``extract, language, segment, attribution`` (the stages the speakers table needs; no claims, no
matching). ``titles_read`` counts the articles whose title sift read as the title.

Gold (rules and what they get wrong in ``bench/data/README.md``, section "PolNeAR speakers"): the first annotator's
``.ann`` of each article (two dev articles have six annotators; the first listed is taken, as in
``bench/attribution.py``). Every source span is a mention, coordinated ones split ("Obama and Clinton");
pronoun-only mentions ("he", "they", "his") are not gold entities; the others are grouped into entities by their
key: a mention whose head (the words before the first comma, "of", "for", "at", "who", ...) ends in a proper-name
word is keyed by that word, so "Hillary Clinton", "Clinton" and "Mrs. Clinton" are one entity; any other mention
("a senior official", "sources", "the Clinton campaign") is described and keyed by its folded head without
determiners. An entity's aliases are the key word and last name run of its named mentions, and the text and head
of its described ones. An entity *speaks* when one of its mentions has a speech cue (:data:`SPEECH_CUES`: "said",
"told", "according to", ...); PolNeAR's other sources are beliefs, polls, documents and actions.

Scores reuse ``bench/realpages.py`` (``names_match``, ``speaker_counts``, ``shown_as_fact``): a predicted speaker
is correct when any of its names matches an alias of a gold entity, junk otherwise; a gold entity is found when a
predicted speaker matches it. A predicted speaker whose every name is a pronoun is neither correct nor junk
(counted apart as ``pronoun_speakers``): PolNeAR marks pronoun sources, so such a speaker cannot be judged here.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sift.lexicon.languages import word_set

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from realpages import (  # noqa: E402  (the real-page bench owns the matching rules)
    certain_counts,
    fold_name,
    matches_any,
    shown_as_fact,
    speaker_counts,
)

DATA = REPO.parent / "shared" / "data" / "attribution" / "polnear"
#: Names in the results file are cut to this many words.
STORED_WORDS = 6
#: What the speakers table needs: claims and matching do not change speakers.
STAGES = ("extract", "language", "segment", "attribution")
PRONOUNS = word_set(
    """
    i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers
    herself it its itself they them their theirs themselves one who whom whose which that this these those
    """
)
#: Words dropped from the front of a described mention's key ("a source", "another source", "two sources").
DETERMINERS = word_set("the a an another other some several many most few two three four five both all any each such")
#: Capitalised words that are titles or function words, never an entity's name word.
NOT_NAME = word_set(
    """
    the a an mr mrs ms miss dr sen senator rep representative gov governor president vice secretary gen general
    former presidential candidate nominee gop chief press spokesman spokeswoman said according and or of in on
    democratic republican jr sr ii iii
    for at to by with from as but if when while after before
    """
)
#: Cue words of speech (inflected, as annotated): an entity with a mention under one of these is a *speaking*
#: source; the others are PolNeAR's wider sources (beliefs, polls, documents, actions: "polls showed", "voters
#: worried"), which a speakers table need not list. Set by hand, not tuned.
SPEECH_CUES = word_set(
    """
    say says said saying tell tells told telling according add adds added adding note notes noted state states stated
    announce announces announced explain explains explained argue argues argued write writes wrote written warn
    warns warned claim claims claimed insist insists insisted ask asks asked tweet tweets tweeted reply replies
    replied respond responds responded declare declares declared confirm confirms confirmed deny denies denied
    admit admits admitted acknowledge acknowledges acknowledged urge urges urged call calls called criticize
    criticizes criticized criticise criticised praise praises praised promise promises promised vow vows vowed
    pledge pledges pledged recall recalls recalled continue continued conclude concluded suggest suggests suggested
    report reports reported reporting describe describes described accuse accuses accused predict predicts predicted
    reveal reveals revealed testify testified joke joked quip quipped complain complains complained blast blasted
    slam slammed attack attacked demand demands demanded repeat repeated deny stress stressed emphasize emphasized
    assert asserted contend contends contended maintain maintains maintained observe observed point pointed remark
    remarked counter countered concede conceded speak speaks spoke told interview interviewed statement
    """
)
#: A mention's head ends before the first of these (its tail names something else: "a spokesman for Clinton").
HEAD_END = re.compile(
    r",|;|\(|\s(?:of|for|at|from|in|on|with|to|by|who|whom|which|that|and|close|familiar|involved)\s", re.IGNORECASE
)
TAIL = re.compile(
    r"\s(?:of|for|at|from|in|on|with|to|by|who|whom|whose|which|that|close|familiar|involved)\s", re.IGNORECASE
)
#: "and" before a capitalised word (or an article and one) joins two sources ("Obama and Clinton", "the Times and
#: the Gannett chain"), before a lower-case one it may not
#: ("China, Pyongyang's only ally and its economic lifeline").
COORDINATION = re.compile(r",?\s+(?:and|&)\s+(?=(?:the\s+|an?\s+)?[A-Z])")
WORD = re.compile(r"[A-Za-z][\w’'.-]*")
POSSESSIVE = re.compile(r"[’']s?$")


def mention_text(text: str, spans: list[list[int]]) -> str:
    """A source's text from its (possibly several) spans, whitespace collapsed."""
    return " ".join(" ".join(text[start:end] for start, end in spans).split())


def cue_text(text: str, cue: dict[str, Any]) -> str:
    """A cue's text from its spans."""
    return mention_text(text, cue["spans"])


def coordinated(mention: str) -> list[str]:
    """The conjuncts of a coordinated source ("Neera Tanden and Blair Effron"), each its own mention; an "and"
    after a preposition or relative word, or before a lower-case word, is left alone ("polls in Pennsylvania and
    Virginia", "regulators and environmental groups")."""
    cut = TAIL.search(mention)
    front, tail = (mention[: cut.start()], mention[cut.start() :]) if cut else (mention, "")
    parts = [part.strip(" ,") for part in COORDINATION.split(front) if part.strip(" ,")]
    if not parts:
        return [mention.strip(" ,")] if mention.strip(" ,") else []
    parts[-1] = f"{parts[-1]}{tail}".strip(" ,")
    return parts


def is_pronoun(mention: str) -> bool:
    """Whether every word of ``mention`` is a pronoun (or it has no words at all)."""
    words = [word.lower().strip(".") for word in WORD.findall(mention)]
    return all(POSSESSIVE.sub("", word) in PRONOUNS or word in PRONOUNS for word in words)


def lower_counts(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each word appears lower-case, and capitalised not at a sentence start, in ``texts``."""
    lower: Counter[str] = Counter()
    capital_inside: Counter[str] = Counter()
    for text in texts:
        for match in WORD.finditer(text):
            word = POSSESSIVE.sub("", match.group().rstrip("."))
            before = text[max(0, match.start() - 3) : match.start()].strip()
            if word[:1].islower():
                lower[word] += 1
            elif before and before[-1] not in '.!?"“”:\n':
                capital_inside[word.lower()] += 1
    return lower, capital_inside


def name_words(head: str, common: tuple[Counter[str], Counter[str]]) -> list[tuple[int, str]]:
    """(position, word) of the proper-name words of a mention head: capitalised, not a title or function word,
    and, for the first word (which may only be capitalised because it starts a sentence), not seen lower-case
    more often than capitalised inside a sentence in the split. Names up to a possessive that is not the head's last
    word only modify it ("Apple's chief executive", "North Korea's missile test") and are dropped."""
    lower, capital_inside = common
    raws = WORD.findall(head)
    found = []
    for position, raw in enumerate(raws):
        word = POSSESSIVE.sub("", raw.rstrip("."))
        if word != raw.rstrip(".") and position < len(raws) - 1:
            found = []
            continue
        if not word[:1].isupper() or word.lower() in NOT_NAME or word.lower() in PRONOUNS:
            continue
        if position == 0 and lower[word.lower()] > capital_inside[word.lower()]:
            continue
        found.append((position, word))
    return found


def last_word(head: str) -> int:
    """Position of the head's last word, capitalised titles and suffixes after it not counted ("Ted Cruz Jr.")."""
    words = [POSSESSIVE.sub("", raw.rstrip(".")) for raw in WORD.findall(head)]
    position = len(words) - 1
    while position > 0 and words[position][:1].isupper() and words[position].lower() in NOT_NAME:
        position -= 1
    return position


def mention_key(mention: str, common: tuple[Counter[str], Counter[str]]) -> tuple[str, list[str]]:
    """The entity key of a non-pronoun mention and its aliases, display name last. A mention is named when its
    head ends in a proper-name word, else described ("the Clinton campaign", "Ohio officials").

    A named mention's aliases are its key word (so "Mr. Effron" matches "Blair Effron") and its last run of adjacent
    name words ("Kellyanne Conway" of "Trump campaign manager Kellyanne Conway": the other names of the mention are
    not offered); a described mention's aliases are its text and its head without determiners."""
    head = HEAD_END.split(f" {mention} ", maxsplit=1)[0].strip()
    names = name_words(head, common)
    if names and names[-1][0] < last_word(head):  # names modifying a common noun: "the New York businessman"
        names = []
    if not names and all(fold_name(word) in NOT_NAME for word in WORD.findall(head)):
        head = mention  # a head of titles only: "Secretary of State John F. Kerry"
        names = name_words(head, common)
    if not names:  # an apposition names the described source: "his former partner at Lenox, Lawrence Cummings,"
        for part in mention.split(",")[1:]:
            words = WORD.findall(part)
            apposed = name_words(part, common)
            if words and len(apposed) == len(words):
                head, names = part.strip(), apposed
                break
    if names:
        run = [names[-1]]
        for position, word in reversed(names[:-1]):
            if position != run[0][0] - 1:
                break
            run.insert(0, (position, word))
        return f"name:{names[-1][1].lower()}", [names[-1][1], " ".join(word for _, word in run)]
    words = fold_name(head).split()
    while words and words[0] in DETERMINERS:
        words.pop(0)
    described = " ".join(words) or fold_name(mention)
    return f"described:{described}", [mention, described]


def gold_entities(article: dict[str, Any], common: tuple[Counter[str], Counter[str]]) -> dict[str, Any]:
    """The first annotator's source entities of one article, and its pronoun-only mentions."""
    text = article["text"]
    grouped: dict[str, dict[str, Any]] = {}
    pronouns = []
    for attribution in article["annotations"][0]["attributions"]:
        cue_words = {
            fold_name(word) for cue in attribution.get("cue", []) for word in WORD.findall(cue_text(text, cue))
        }
        for source in attribution.get("source", []):
            for mention in coordinated(mention_text(text, source["spans"])):
                if is_pronoun(mention):
                    pronouns.append(mention)
                    continue
                key, aliases = mention_key(mention, common)
                entity = grouped.setdefault(
                    key, {"key": key, "name": aliases[-1], "aliases": [], "mentions": 0, "speaks": False}
                )
                entity["mentions"] += 1
                entity["speaks"] = entity["speaks"] or bool(cue_words & SPEECH_CUES)
                entity["aliases"] += [alias for alias in aliases if alias not in entity["aliases"]]
    return {"speakers": list(grouped.values()), "relays": [], "not_speakers": [], "pronouns": pronouns}


def score_speakers(predicted: list[list[str]], certain: list[list[str]], gold: dict[str, Any]) -> dict[str, Any]:
    """Counts of one article, pronoun-only predicted speakers set apart; junk and missed names for reading."""
    judged = [names for names in predicted if not all(is_pronoun(name) for name in names)]
    certain_judged = [names for names in certain if not all(is_pronoun(name) for name in names)]
    counts = speaker_counts(judged, gold) | certain_counts(certain_judged, gold)
    counts["pronoun_speakers"] = len(predicted) - len(judged)
    counts["certain_junk"] = counts["certain_predicted"] - counts["certain_correct"]
    named = [entity for entity in gold["speakers"] if entity["key"].startswith("name:")]
    counts["gold_named"] = len(named)
    counts["found_named"] = sum(any(matches_any(names, [entity]) for names in judged) for entity in named)
    counts["certain_found_named"] = sum(
        any(matches_any(names, [entity]) for names in certain_judged) for entity in named
    )
    speaking = [entity for entity in gold["speakers"] if entity.get("speaks")]
    counts["gold_speaking"] = len(speaking)
    counts["found_speaking"] = sum(any(matches_any(names, [entity]) for names in judged) for entity in speaking)
    counts["certain_found_speaking"] = sum(
        any(matches_any(names, [entity]) for names in certain_judged) for entity in speaking
    )
    return {
        "counts": counts,
        "matched": [
            [names[0], next(entity["name"] for entity in gold["speakers"] if matches_any(names, [entity]))]
            for names in judged
            if matches_any(names, gold["speakers"])
        ],
        "junk": [names[0] for names in judged if not matches_any(names, gold["speakers"])],
        "missed": [
            entity["name"] for entity in gold["speakers"] if not any(matches_any(names, [entity]) for names in judged)
        ],
        "missed_speaking": [
            entity["name"] for entity in speaking if not any(matches_any(names, [entity]) for names in judged)
        ],
    }


def summarise(articles: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision, recall and junk for a group of scored articles."""
    total: Counter[str] = Counter()
    for article in articles:
        total.update(article["counts"])
    return {
        "articles": len(articles),
        "speaker_precision": _ratio(total["correct"], total["predicted"]),
        "speaker_recall": _ratio(total["found"], total["gold"]),
        "junk_speakers": total["junk"],
        "predicted_speakers": total["predicted"],
        "gold_entities": total["gold"],
        "certain_precision": _ratio(total["certain_correct"], total["certain_predicted"]),
        "certain_recall": _ratio(total["certain_found"], total["gold"]),
        "certain_junk": total["certain_junk"],
        "named_recall": _ratio(total["found_named"], total["gold_named"]),
        "certain_named_recall": _ratio(total["certain_found_named"], total["gold_named"]),
        "described_recall": _ratio(total["found"] - total["found_named"], total["gold"] - total["gold_named"]),
        "gold_named": total["gold_named"],
        "speaking_recall": _ratio(total["found_speaking"], total["gold_speaking"]),
        "certain_speaking_recall": _ratio(total["certain_found_speaking"], total["gold_speaking"]),
        "gold_speaking": total["gold_speaking"],
        "uncertain_speakers": total["predicted"] - total["certain_predicted"],
        "pronoun_speakers": total["pronoun_speakers"],
    }


def report(articles: list[dict[str, Any]]) -> dict[str, Any]:
    """All articles and each publisher."""
    publishers = sorted({article["publisher"] for article in articles})
    by_publisher = {name: summarise([a for a in articles if a["publisher"] == name]) for name in publishers}
    return {"all": summarise(articles), "publishers": by_publisher}


def examples(articles: list[dict[str, Any]], count: int, seed: int = 18) -> dict[str, list[tuple[str, str]]]:
    """``count`` random (article id, name) junk speakers, missed gold entities and missed speaking ones, and
    (article id, "predicted -> gold") correct speakers (to see whether matches are real)."""
    rng = random.Random(seed)
    junk = [(a["id"], name) for a in articles for name in a["junk"]]
    missed = [(a["id"], name) for a in articles for name in a["missed"]]
    correct = [(a["id"], f"{pair[0]} -> {pair[1]}") for a in articles for pair in a["matched"]]
    speaking = [(a["id"], name) for a in articles for name in a["missed_speaking"]]
    return {
        "junk": rng.sample(junk, min(count, len(junk))),
        "missed": rng.sample(missed, min(count, len(missed))),
        "missed_speaking": rng.sample(speaking, min(count, len(speaking))),
        "correct": rng.sample(correct, min(count, len(correct))),
    }


def check_article(workbench: Any, row: dict[str, Any], common: tuple[Counter[str], Counter[str]]) -> dict[str, Any]:
    """One article read by sift (``workbench.check``) and scored against its gold; a page sift refuses (one train
    article holds raw tweet markup and reads as broken HTML) scores as a page that showed no speaker."""
    from sift.errors import InputError

    gold = gold_entities(row, common)
    try:
        doc = workbench.check(page_text(row), kind="text")
    except InputError:
        doc = None
    speakers = doc.speakers if doc is not None else []
    predicted = [[speaker.name, *speaker.aliases] for speaker in speakers]
    certain = [[speaker.name, *speaker.aliases] for speaker in speakers if shown_as_fact(doc, speaker)]
    return {
        "id": row["id"],
        "publisher": row["publisher"],
        "annotator": row["annotations"][0]["annotator"],
        "refused": doc is None,
        "title_read": doc is not None and doc.title == row["title"],
        **score_speakers(predicted, certain, gold),
    }


def stored(article: dict[str, Any]) -> dict[str, Any]:
    """What the results file keeps of an article: counts, and its junk and missed names cut to
    :data:`STORED_WORDS` words (PolNeAR text is not stored in the repository; names are enough to read)."""
    kept = {key: value for key, value in article.items() if key not in ("junk", "missed", "missed_speaking", "matched")}
    for key in ("junk", "missed", "missed_speaking"):
        kept[key] = [_short(name) for name in article[key]]
    return kept


def _short(name: str) -> str:
    words = name.split()
    return " ".join(words[:STORED_WORDS]) + (" …" if len(words) > STORED_WORDS else "")


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def page_text(article: dict[str, Any]) -> str:
    """The plain-text page sift reads: the known title as its first line (PolNeAR's first line is the title with a
    full stop added, or cut short at a semicolon, which makes the title read as a body sentence), then the body."""
    _, _, body = article["text"].partition("\n")
    return f"{article['title'].strip()}\n{body}"


def load_articles(folder: Path, split: str) -> list[dict[str, Any]]:
    """The split's articles, in file order."""
    with gzip.open(folder / f"{split}.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the PolNeAR folder (dev.jsonl.gz, train.jsonl.gz)")
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--out", type=Path, help="default bench/results/speakers-polnear-<split>.json")
    parser.add_argument("--examples", type=int, default=0, help="print this many random junk and missed names")
    parser.add_argument("--limit", type=int, help="only the first N articles (a quick look)")
    args = parser.parse_args()
    if not (args.data / f"{args.split}.jsonl.gz").is_file():
        sys.exit(f"speakers_polnear: {args.data / f'{args.split}.jsonl.gz'} not found")
    out = args.out or REPO / "bench" / "results" / f"speakers-polnear-{args.split}.json"

    from sift.workbench import Workbench

    rows = load_articles(args.data, args.split)[: args.limit]
    common = lower_counts(row["text"] for row in rows)
    workbench = Workbench(stages=STAGES)
    started = time.perf_counter()
    articles = [check_article(workbench, row, common) for row in rows]
    seconds = time.perf_counter() - started
    refused = [article["id"] for article in articles if article["refused"]]
    result = {"data": f"PolNeAR {args.split}", "stages": list(STAGES)} | report(articles)
    result["titles_read"] = sum(article["title_read"] for article in articles)
    result["refused"] = refused
    result["seconds"] = round(seconds, 1)
    result["articles"] = [stored(article) for article in articles]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    total = result["all"]
    print(
        f"speakers_polnear {args.split}: {total['articles']} articles · speakers P {total['speaker_precision']} "
        f"R {total['speaker_recall']} (junk {total['junk_speakers']} of {total['predicted_speakers']}; "
        f"{total['gold_entities']} gold entities) · as facts P {total['certain_precision']} "
        f"R {total['certain_recall']} (junk {total['certain_junk']}), uncertain {total['uncertain_speakers']} · "
        f"recall of speaking sources {total['speaking_recall']} ({total['gold_speaking']}; as facts "
        f"{total['certain_speaking_recall']}), of named {total['named_recall']} ({total['gold_named']}), of described "
        f"{total['described_recall']} · refused {len(refused)} · "
        f"pronoun speakers {total['pronoun_speakers']} · {seconds:.0f} s"
    )
    if args.examples:
        for kind, items in examples(articles, args.examples).items():
            for article_id, name in items:
                print(f"{kind}\t{article_id}\t{name}")


if __name__ == "__main__":
    main()
