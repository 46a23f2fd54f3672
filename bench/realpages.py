"""Who said it and what to check first, on real pages: sift against the hand-annotated real-page dev set.

Run: ``.venv/bin/python bench/realpages.py --data bench/data/realpages-dev.jsonl --out bench/results/realpages.json``
(pages are read from ``../shared/data/extraction/<dataset>/``; ``--extraction`` points elsewhere). Prints one
summary line and writes, per language and for ``all``: pages, speaker precision/recall, junk speakers, relay
precision/recall, claims P@5 against the strict and the lenient check-worthy gold, flag rate next to the strict
gold's check-worthy rate, and publication-date accuracy, plus the languages for which sift produced no attribution
at all. The set is a DEV set (see ``bench/data/README.md``): tune on it only through cross-validation.

``--agreement bench/data/realpages-dev-cw2.jsonl --out bench/results/realpages-agreement.json`` runs no sift: it
prints and writes the agreement between the first annotator's ``checkworthy`` and a second annotation of the same
pages (one ``{"id", "checkworthy": [{"text"}]}`` per line), and checks that ``checkworthy_strict`` holds every
sentence both marked.

Matching rules:

- Names are folded (Unicode compatibility form, accents and case removed, punctuation to spaces, leading articles
  dropped: "A spokesperson", "l'OMS", "der AStA"). A predicted name
  matches a gold name when the folded strings are equal or one contains the other as whole words ("Merkel" and
  "Angela Merkel"). A predicted speaker (sift's ``Speaker``: its name and aliases) is correct when any of its names
  matches the name or an alias of a gold speaker or of a gold relay (an outlet that only relayed still counts).
  Junk speakers are predicted speakers that match nothing, so every speaker predicted on a page without gold
  speakers is junk. ``wider`` (per page) and ``wider_speakers`` list the correct speakers that hold a gold name and
  more words ("Argentina Alberto Fernández", but also "spokesperson who did not wish to be named"): read them by
  hand, since the whole-word rule counts them correct. Speaker recall is the share of gold speakers matched by at
  least one predicted speaker.
- Speakers shown as facts: reports show a speaker as uncertain when its confidence is below the uncertain line
  (``sift.document.UNCERTAIN_BELOW``) or every statement of it is. ``certain_precision`` and ``certain_recall``
  score the others alone (recall against all gold speakers), ``fact_speakers`` counts them; ``uncertain_speakers``
  counts the rest. On ``bench/data/attribution-negatives.jsonl`` (pages no one speaks on) every speaker is junk and
  ``fact_speakers`` is the figure: ``--data bench/data/attribution-negatives.jsonl``. The speaker
  figures above count every speaker alike, as before.
- Relays are scored on their own: the sources of sift's ``Attribution.via`` against the gold relays.
- Speaker kinds (issue #18), over the correct speakers only: each correct predicted speaker is paired with one gold
  entity (the gold speakers first, then the relays; within them an equal folded name first, then a gold name that
  holds a predicted one, then any match) and its ``Speaker.kind`` is compared with that entity's ``kind``. The gold
  kinds and sift's (``sift.document.SPEAKER_KINDS``) are the same five names, so the mapping is the identity:
  person → person, organisation → organisation, government → government, outlet → outlet, anonymous →
  anonymous (a gold relay of kind person or organisation is scored as such). ``kind_accuracy`` is the share whose
  kinds are equal; ``kind_confusions`` counts the others as ``"gold→predicted": n``; per page ``kind_wrong`` lists
  them as ``"name: gold→predicted"``. Junk speakers have no gold kind and are left out.
- claims P@5: the (at most) five first claims sift shows on a page (labelled check-worthy, near-duplicates folded
  under their representative, in sift's rank order); one is a hit when its sentence and a gold check-worthy
  sentence match (folded text, one a substring of the other, or shared words covering at least 0.8 of the
  distinct words of each). A page's P@5 is hits / claims shown, 0 when sift shows
  none; pages with no gold check-worthy sentence are left out. Languages average their pages. ``claims_p@5`` (the
  headline figure) uses the strict, adjudicated gold ``checkworthy_strict`` (about a quarter of body sentences, as
  in CheckThat!); ``claims_p@5_lenient`` uses the first annotator's ``checkworthy`` (about half), which inflates it.
- claims P@k (beside P@5, since claims13): many pages have fewer than five strict gold sentences (a blog post, a
  tutorial, a forum thread: one or two), and P@5 there rewards showing fewer claims as much as ranking them well.
  ``claims_p@k`` takes k = min(5, the page's strict gold sentences) and counts the hits among the first k claims
  sift shows, divided by k (a claim not shown is a miss), so a perfect ranking with a cut no shorter than the gold
  scores 1.0 on every page. ``claims_gold_under_5`` counts the pages with strict gold that have fewer than five, and
  ``claims_p@5_if_five_shown`` is the most P@5 could be if every page showed five claims (mean of min(gold, 5) / 5).
- flag rate: sentences of body blocks labelled check-worthy / sentences of body blocks (sift's own segmentation).
  ``gold_rate_strict`` beside it is the share a perfect system would flag: strict gold sentences / the annotated
  body-sentence counts (``body_sentences``, approximate).
- agreement: sentences are paired one to one in file order by the P@5 sentence match. Per page and overall: both
  marked, only first, only second, Jaccard (both / marked by either: the share of marked sentences both agreed on),
  and Cohen's kappa taking the annotated ``body_sentences`` as the number of sentences (so approximate).
- date accuracy: share of pages whose ``published`` (first ten characters) equals the gold date; a gold ``null``
  is right only when sift also gives none.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
EXTRACTION = REPO.parent / "shared" / "data" / "extraction"
#: Stages the scores need; fact-check matching is left out (no store, and it scores nothing here).
STAGES = ("extract", "language", "segment", "claims", "attribution")
TOP_CLAIMS = 5
TOKEN_OVERLAP = 0.8
WORD = re.compile(r"\w+")
#: Leading articles dropped before names are compared ("A spokesperson" and "spokesperson who ..."; "l'OMS" and
#: "OMS"), in the languages of the set.
_ARTICLES_BY_LANGUAGE = {
    "en": "the a an",
    "fr": "le la les l un une des du de",
    "de": "der die das den dem des ein eine einen einem einer",
    "es": "el la los las un una",
    "pt": "o a os as um uma",
    "it": "il lo la i gli le l un una",
}
ARTICLES = frozenset(word for words in _ARTICLES_BY_LANGUAGE.values() for word in words.split())


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form of a name or sentence, single-spaced."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    return " ".join(WORD.findall(bare.replace("_", " ")))


def fold_name(text: str) -> str:
    """:func:`fold` without leading articles (a name that is only an article folds to nothing)."""
    words = fold(text).split()
    while words and words[0] in ARTICLES:
        words.pop(0)
    return " ".join(words)


def names_match(predicted: str, gold: str) -> bool:
    """Equal after folding, or one contains the other as whole words."""
    left, right = fold_name(predicted), fold_name(gold)
    if not left or not right:
        return False
    return left == right or f" {left} " in f" {right} " or f" {right} " in f" {left} "


def names_match_narrowly(predicted: str, gold: str) -> bool:
    """:func:`names_match` without the predicted name holding more words than the gold one ("Argentina Alberto
    Fernández" matches "Alberto Fernández" only widely)."""
    left, right = fold_name(predicted), fold_name(gold)
    return bool(left) and bool(right) and f" {left} " in f" {right} "


def wider_than_gold(names: list[str], entities: Iterable[dict[str, Any]]) -> bool:
    """Whether a predicted speaker (its names) is counted correct only because it holds a gold name and more."""
    gold = [alias for entity in entities for alias in [entity["name"], *entity.get("aliases", [])]]
    matched = any(names_match(name, other) for name in names for other in gold)
    return matched and not any(names_match_narrowly(name, other) for name in names for other in gold)


def matches_any(names: Iterable[str], entities: Iterable[dict[str, Any]]) -> bool:
    """Whether any of ``names`` matches the name or an alias of any gold entity."""
    gold = [alias for entity in entities for alias in [entity["name"], *entity.get("aliases", [])]]
    return any(names_match(name, other) for name in names for other in gold)


def speaker_counts(predicted: list[list[str]], gold: dict[str, Any]) -> dict[str, int]:
    """Counts for one page: each predicted speaker is a list of its names (name first, then aliases)."""
    allowed = gold["speakers"] + gold["relays"]
    correct = sum(matches_any(names, allowed) for names in predicted)
    found = sum(any(matches_any(names, [entity]) for names in predicted) for entity in gold["speakers"])
    tempting = sum(
        any(names_match(name, bait) for name in names for bait in gold["not_speakers"]) for names in predicted
    )
    return {
        "predicted": len(predicted),
        "correct": correct,
        "junk": len(predicted) - correct,
        "gold": len(gold["speakers"]),
        "found": found,
        "not_speaker_hits": tempting,
    }


def gold_entity(names: list[str], gold: dict[str, Any]) -> dict[str, Any] | None:
    """The gold speaker (else relay) a predicted speaker's ``names`` stand for: an equal folded name first, then a
    gold name holding a predicted one, then any match; ``None`` for a junk speaker."""
    entities = gold["speakers"] + gold["relays"]
    tests = (
        lambda name, other: bool(fold_name(name)) and fold_name(name) == fold_name(other),
        names_match_narrowly,
        names_match,
    )
    for test in tests:
        for entity in entities:
            if any(test(name, other) for name in names for other in [entity["name"], *entity.get("aliases", [])]):
                return entity
    return None


def kind_counts(predicted: list[tuple[list[str], str | None]], gold: dict[str, Any]) -> dict[str, Any]:
    """Kinds of one page's correct speakers (each predicted speaker: its names and its kind) against the gold's."""
    checked, confusions, wrong = 0, {}, []
    for names, kind in predicted:
        entity = gold_entity(names, gold)
        if entity is None:
            continue
        checked += 1
        if kind != entity.get("kind"):
            pair = f"{entity.get('kind')}→{kind}"
            confusions[pair] = confusions.get(pair, 0) + 1
            wrong.append(f"{names[0]}: {pair}")
    return {"checked": checked, "right": checked - len(wrong), "confusions": confusions, "wrong": wrong}


def relay_counts(predicted: list[str], gold: dict[str, Any]) -> dict[str, int]:
    """Counts for one page's relays (distinct folded predicted relay names against the gold relays)."""
    distinct = sorted({fold_name(name): name for name in predicted if fold_name(name)}.values())
    return {
        "predicted": len(distinct),
        "correct": sum(matches_any([name], gold["relays"]) for name in distinct),
        "gold": len(gold["relays"]),
        "found": sum(any(matches_any([name], [entity]) for name in distinct) for entity in gold["relays"]),
    }


def sentences_match(predicted: str, gold: str) -> bool:
    """Normalised substring either way, or shared words covering at least 0.8 of each sentence's words."""
    left, right = fold(predicted), fold(gold)
    if not left or not right:
        return False
    if left in right or right in left:
        return True
    left_tokens, right_tokens = set(left.split()), set(right.split())
    return len(left_tokens & right_tokens) >= TOKEN_OVERLAP * max(len(left_tokens), len(right_tokens))


def precision_at_5(ranked: list[str], gold: list[str]) -> float | None:
    """P@5 of one page's claims (already ranked, best first); ``None`` when the page has no gold sentence."""
    if not gold:
        return None
    shown = ranked[:TOP_CLAIMS]
    if not shown:
        return 0.0
    return sum(any(sentences_match(claim, truth) for truth in gold) for claim in shown) / len(shown)


def precision_at_k(ranked: list[str], gold: list[str]) -> float | None:
    """Hits among the first k = min(5, len(gold)) claims over k (a claim not shown is a miss); ``None`` without
    gold."""
    if not gold:
        return None
    k = min(TOP_CLAIMS, len(gold))
    return sum(any(sentences_match(claim, truth) for truth in gold) for claim in ranked[:k]) / k


def align_sentences(first: list[str], second: list[str]) -> list[tuple[int, int]]:
    """Pairs (i, j) of matching sentences, one to one: each of ``first`` takes the earliest free match in ``second``."""
    pairs, taken = [], set()
    for i, text in enumerate(first):
        j = next((j for j, other in enumerate(second) if j not in taken and sentences_match(text, other)), None)
        if j is not None:
            pairs.append((i, j))
            taken.add(j)
    return pairs


def agreement_counts(first: list[str], second: list[str], sentences: int) -> dict[str, Any]:
    """Two annotators' check-worthy marks on one page of ``sentences`` body sentences."""
    both = len(align_sentences(first, second))
    return {
        "sentences": sentences,
        "first": len(first),
        "second": len(second),
        "both": both,
        "only_first": len(first) - both,
        "only_second": len(second) - both,
    }


def agreement_summary(pages: list[dict[str, Any]]) -> dict[str, Any]:
    """Pooled counts, Jaccard (pooled and mean of pages) and approximate Cohen's kappa over ``pages``."""
    total = {key: sum(page[key] for page in pages) for key in ("sentences", "first", "second", "both")}
    either = total["first"] + total["second"] - total["both"]
    jaccards = [_ratio(page["both"], page["first"] + page["second"] - page["both"]) for page in pages]
    marked = [value for value in jaccards if value is not None]
    summary = total | {
        "only_first": total["first"] - total["both"],
        "only_second": total["second"] - total["both"],
        "jaccard": _ratio(total["both"], either),
        "jaccard_page_mean": round(sum(marked) / len(marked), 4) if marked else None,
        "kappa_approx": None,
    }
    count = total["sentences"]
    if count:
        observed = (count - either + total["both"]) / count
        chance = (total["first"] * total["second"] + (count - total["first"]) * (count - total["second"])) / count**2
        summary["kappa_approx"] = round((observed - chance) / (1 - chance), 4) if chance < 1 else None
    return summary


def annotator_agreement(rows: list[dict[str, Any]], second: dict[str, list[str]]) -> dict[str, Any]:
    """Agreement of ``checkworthy`` with a second annotation by page id, per page, per language and for all pages.

    Raises ``ValueError`` when a page is missing from ``second``, or when ``checkworthy_strict`` lacks a sentence
    that both annotators marked (the adjudication rule).
    """
    pages = []
    for row in rows:
        if row["id"] not in second:
            raise ValueError(f"{row['id']}: not in the second annotation")
        first = [item["text"] for item in row["checkworthy"]]
        counts = agreement_counts(first, second[row["id"]], row["body_sentences"])
        strict = row["checkworthy_strict"]
        for i, _ in align_sentences(first, second[row["id"]]):
            if not any(sentences_match(first[i], text) for text in strict):
                raise ValueError(f"{row['id']}: both marked but not strict: {first[i]}")
        pages.append({"id": row["id"], "lang": row["lang"], **counts, "strict": len(strict)})
    languages = sorted({page["lang"] for page in pages})
    by_lang = {lang: agreement_summary([page for page in pages if page["lang"] == lang]) for lang in languages}
    for lang, summary in by_lang.items():
        summary["strict"] = sum(page["strict"] for page in pages if page["lang"] == lang)
    overall = agreement_summary(pages) | {"strict": sum(page["strict"] for page in pages)}
    return {"languages": by_lang, "all": overall, "pages": pages}


def date_correct(predicted: str | None, gold: str | None) -> bool:
    """Same calendar day (first ten characters), or both unknown."""
    if gold is None:
        return predicted is None
    return predicted is not None and predicted[:10] == gold


def summarise(pages: list[dict[str, Any]]) -> dict[str, Any]:
    """One language's (or all) scores from per-page results."""
    speakers = {key: sum(page["speakers"][key] for page in pages) for key in pages[0]["speakers"]} if pages else {}
    relays = {key: sum(page["relays"][key] for page in pages) for key in pages[0]["relays"]} if pages else {}
    body = sum(page["body_sentences"] for page in pages)
    confusions: dict[str, int] = {}
    for page in pages:
        for pair, count in page.get("kinds", {}).get("confusions", {}).items():
            confusions[pair] = confusions.get(pair, 0) + count
    return {
        "pages": len(pages),
        "speaker_precision": _ratio(speakers.get("correct", 0), speakers.get("predicted", 0)),
        "speaker_recall": _ratio(speakers.get("found", 0), speakers.get("gold", 0)),
        "junk_speakers": speakers.get("junk", 0),
        "wider_speakers": sum(len(page.get("wider", [])) for page in pages),
        "not_speaker_hits": speakers.get("not_speaker_hits", 0),
        "predicted_speakers": speakers.get("predicted", 0),
        "gold_speakers": speakers.get("gold", 0),
        "certain_precision": _ratio(speakers.get("certain_correct", 0), speakers.get("certain_predicted", 0)),
        "certain_recall": _ratio(speakers.get("certain_found", 0), speakers.get("gold", 0)),
        "uncertain_speakers": speakers.get("predicted", 0) - speakers.get("certain_predicted", 0),
        "fact_speakers": speakers.get("certain_predicted", 0),
        "kind_accuracy": _ratio(
            sum(page.get("kinds", {}).get("right", 0) for page in pages),
            sum(page.get("kinds", {}).get("checked", 0) for page in pages),
        ),
        "kind_confusions": dict(sorted(confusions.items(), key=lambda item: (-item[1], item[0]))),
        "relay_precision": _ratio(relays.get("correct", 0), relays.get("predicted", 0)),
        "relay_recall": _ratio(relays.get("found", 0), relays.get("gold", 0)),
        "claims_p@5": _mean(page["claims_p@5"] for page in pages),
        "claims_p@5_lenient": _mean(page["claims_p@5_lenient"] for page in pages),
        "claims_p@k": _mean(page.get("claims_p@k") for page in pages),
        "claims_gold_under_5": sum(0 < page["gold_strict"] < TOP_CLAIMS for page in pages),
        "claims_p@5_if_five_shown": _mean(
            min(page["gold_strict"], TOP_CLAIMS) / TOP_CLAIMS if page["gold_strict"] else None for page in pages
        ),
        "flag_rate": _ratio(sum(page["flagged"] for page in pages), body),
        "gold_rate_strict": _ratio(
            sum(page["gold_strict"] for page in pages), sum(page["gold_sentences"] for page in pages)
        ),
        "date_accuracy": _ratio(sum(page["date_correct"] for page in pages), len(pages)),
        "attributions": sum(page["attributions"] for page in pages),
    }


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _mean(values: Iterable[float | None]) -> float | None:
    """Mean of the defined values (pages without gold are ``None``), rounded; ``None`` when there are none."""
    known = [value for value in values if value is not None]
    return round(sum(known) / len(known), 4) if known else None


def claim_scores(ranked: list[str], gold: dict[str, Any]) -> dict[str, Any]:
    """P@5 of one page's ranked claims against the strict and the lenient gold, and the strict gold's size."""
    return {
        "claims_p@5": precision_at_5(ranked, gold["checkworthy_strict"]),
        "claims_p@5_lenient": precision_at_5(ranked, [item["text"] for item in gold["checkworthy"]]),
        "claims_p@k": precision_at_k(ranked, gold["checkworthy_strict"]),
        "gold_strict": len(gold["checkworthy_strict"]),
        "gold_sentences": gold["body_sentences"],
    }


def shown_as_fact(doc: Any, speaker: Any) -> bool:
    """Whether reports show ``speaker`` as a fact (``sift.document.Speaker.shown_as_fact``, as reports read it)."""
    by_id = {attribution.id: attribution for attribution in doc.attributions}
    return speaker.shown_as_fact(by_id[a] for a in speaker.attributions if a in by_id)


def certain_counts(certain: list[list[str]], gold: dict[str, Any]) -> dict[str, int]:
    """:func:`speaker_counts` of the speakers shown as facts, under ``certain_`` names."""
    counts = speaker_counts(certain, gold)
    return {f"certain_{key}": counts[key] for key in ("predicted", "correct", "found")}


def score_document(doc: Any, gold: dict[str, Any]) -> dict[str, Any]:
    """Per-page counts from a checked ``sift.Document`` and its gold row."""
    predicted = [[speaker.name, *speaker.aliases] for speaker in doc.speakers]
    kinds = kind_counts([([speaker.name, *speaker.aliases], speaker.kind) for speaker in doc.speakers], gold)
    certain = [[speaker.name, *speaker.aliases] for speaker in doc.speakers if shown_as_fact(doc, speaker)]
    relay_names = []
    for attribution in doc.attributions:
        block = doc.block(attribution.frame_block_id)
        for relay in attribution.via:
            relay_names.append(relay.source.entity or block.text[relay.source.start : relay.source.end])
    shown = [claim for claim in doc.claims if claim.label == "check-worthy"]
    # What the page shows first: group representatives in rank order (a near-duplicate is listed under its
    # representative, never as a claim of its own); documents without ranks fall back to score order.
    first = sorted(
        (claim for claim in shown if claim.duplicate_of is None),
        key=lambda claim: (claim.rank == 0, claim.rank, -claim.score),
    )
    ranked = [doc.sentence_text(claim.sentence) for claim in first]
    body_ids = {sentence.id for _, sentence, _ in doc.iter_sentences(("body",))}
    return {
        "id": gold["id"],
        "lang": gold["lang"],
        "speakers": speaker_counts(predicted, gold) | certain_counts(certain, gold),
        "relays": relay_counts(relay_names, gold),
        "kinds": {key: kinds[key] for key in ("checked", "right", "confusions")},
        **claim_scores(ranked, gold),
        "flagged": sum(claim.sentence in body_ids for claim in shown),
        "body_sentences": len(body_ids),
        "date_correct": date_correct(doc.published, gold["published"]),
        "published": doc.published,
        "attributions": len(doc.attributions),
        "junk": [names[0] for names in predicted if not matches_any(names, gold["speakers"] + gold["relays"])],
        "wider": [names[0] for names in predicted if wider_than_gold(names, gold["speakers"] + gold["relays"])],
        "kind_wrong": kinds["wrong"],
    }


def score_failure(gold: dict[str, Any], error: str) -> dict[str, Any]:
    """Per-page counts when sift refused the page: it showed the reader nothing (no speaker, claim or date)."""
    return {
        "id": gold["id"],
        "lang": gold["lang"],
        "speakers": speaker_counts([], gold) | certain_counts([], gold),
        "relays": relay_counts([], gold),
        "kinds": {"checked": 0, "right": 0, "confusions": {}},
        **claim_scores([], gold),
        "flagged": 0,
        "body_sentences": 0,
        "date_correct": date_correct(None, gold["published"]),
        "published": None,
        "attributions": 0,
        "junk": [],
        "wider": [],
        "kind_wrong": [],
        "error": error,
    }


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The JSONL rows, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def report(pages: list[dict[str, Any]]) -> dict[str, Any]:
    """Scores per language and for all pages, and the languages sift produced no attribution for."""
    languages = sorted({page["lang"] for page in pages})
    by_lang = {lang: summarise([page for page in pages if page["lang"] == lang]) for lang in languages}
    silent = [lang for lang in languages if by_lang[lang]["attributions"] == 0 and by_lang[lang]["gold_speakers"]]
    return {"languages": by_lang, "all": summarise(pages), "no_attribution": silent}


def report_agreement(data: Path, second_path: Path, out: Path) -> None:
    """Print and write the agreement of ``data``'s ``checkworthy`` with the annotation in ``second_path``."""
    second = {row["id"]: [item["text"] for item in row["checkworthy"]] for row in load_gold(second_path)}
    try:
        result = annotator_agreement(load_gold(data), second)
    except ValueError as error:
        sys.exit(f"realpages: {error}")
    result = {"data": _shown(data), "second": _shown(second_path)} | result
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    total = result["all"]
    print(
        f"realpages agreement: {len(result['pages'])} pages · first {total['first']} · second {total['second']} · "
        f"both {total['both']} · only first {total['only_first']} · only second {total['only_second']} · "
        f"Jaccard {total['jaccard']} (page mean {total['jaccard_page_mean']}) · kappa ≈ {total['kappa_approx']} · "
        f"strict {total['strict']} of ≈{total['sentences']} body sentences"
    )


def _shown(path: Path) -> str:
    """``path`` relative to the repository when inside it."""
    return str(path.relative_to(REPO) if path.is_relative_to(REPO) else path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO / "bench" / "data" / "realpages-dev.jsonl")
    parser.add_argument("--out", type=Path, help="default bench/results/realpages.json (realpages-agreement.json)")
    parser.add_argument("--extraction", type=Path, default=EXTRACTION, help="folder holding the datasets")
    parser.add_argument("--agreement", type=Path, help="second check-worthy annotation: report agreement, run no sift")
    args = parser.parse_args()
    results = REPO / "bench" / "results"
    if args.agreement:
        report_agreement(args.data, args.agreement, args.out or results / "realpages-agreement.json")
        return
    args.out = args.out or results / "realpages.json"
    if not args.extraction.is_dir():
        sys.exit(f"realpages: page folder not found: {args.extraction}")

    from sift.errors import InputError
    from sift.workbench import Workbench

    workbench = Workbench(stages=STAGES)
    gold_rows = load_gold(args.data)
    pages = []
    started = time.perf_counter()
    for gold in gold_rows:
        try:
            doc = workbench.check(str(args.extraction / gold["dataset"] / gold["file"]), kind="file")
        except InputError as error:  # sift refused the page: the reader got nothing from it
            pages.append(score_failure(gold, str(error)))
        else:
            pages.append(score_document(doc, gold))
    seconds = time.perf_counter() - started
    result = {"data": _shown(args.data)}
    result |= report(pages)
    result["refused"] = [page["id"] for page in pages if "error" in page]
    result["seconds"] = round(seconds, 1)
    result["pages"] = pages
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    total = result["all"]
    print(
        f"realpages: {total['pages']} pages · speakers P {total['speaker_precision']} R {total['speaker_recall']} "
        f"(junk {total['junk_speakers']}; as facts {total['fact_speakers']}: P {total['certain_precision']} "
        f"R {total['certain_recall']}, "
        f"uncertain {total['uncertain_speakers']}) · relays P {total['relay_precision']} R {total['relay_recall']} · "
        f"claims P@5 {total['claims_p@5']} (lenient {total['claims_p@5_lenient']}) · flag rate {total['flag_rate']} "
        f"(strict gold {total['gold_rate_strict']}) · dates {total['date_accuracy']} · "
        f"no attribution: {', '.join(result['no_attribution']) or 'none'} · refused {len(result['refused'])} · "
        f"claims P@k {total['claims_p@k']} ({total['claims_gold_under_5']} pages under 5 gold) · "
        f"kinds {total['kind_accuracy']}{_top_confusions(total['kind_confusions'])} · {seconds:.0f} s"
    )


def _top_confusions(confusions: dict[str, int], shown: int = 3) -> str:
    """The commonest kind confusions for the summary line (`` (person→organisation 2, …)``), empty when none."""
    if not confusions:
        return ""
    top = ", ".join(f"{pair} {count}" for pair, count in list(confusions.items())[:shown])
    return f" ({top}{', …' if len(confusions) > shown else ''})"


if __name__ == "__main__":
    main()
