"""Page triage: tiers, furniture, near-duplicates and ranks (no model: scores are given), and on a small real page."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from sift.claims import ClaimsConfig, detect_claims
from sift.claims.features import cues
from sift.claims.furniture import furniture_reason
from sift.claims.model import load_model
from sift.claims.triage import (
    DROP_MIN_ARTICLE,
    NEWS_FEATURE,
    PAGE_FEATURE_NAMES,
    PAGE_FLAG_SHARE,
    PageSentence,
    TriageHead,
    flag_cap,
    group_duplicates,
    head_feature_names,
    kept_before_drop,
    page_features,
    triage,
)
from sift.document import Document
from sift.errors import ConfigError
from sift.pipeline import Resources
from sift.workbench import Workbench

RUMOUR_PAGE = Path(__file__).parent / "data" / "rumour-tweet.html"


def _item(text: str, score: float, role: str = "body", block_sentences: int = 2, lang: str = "und") -> PageSentence:
    return PageSentence(text, role, block_sentences, cues(text), score, lang)


def _no_embeddings(count: int) -> np.ndarray:
    return np.zeros((count, 4), dtype=np.float32)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("CONTINUA DEPOIS DA PUBLICIDADE CONTINUA DEPOIS DA PUBLICIDADE", "advertisement"),
        ("Reklama", "advertisement"),
        ("Siga-nos no Telegram.", "share/follow"),
        ("Like this story? Share it with a friend!", "share/follow"),
        ("Assine o 247, apoie por Pix, inscreva-se na TV 247, no canal Cortes 247 e assista:", "call to subscribe"),
        # the informal German call: the only "claim" an unseen KATAPULT page showed
        ("Unterstütze unsere Arbeit und abonniere das Heft ab 12 Euro im Jahr!", "call to subscribe"),
        ("Ten tekst przeczytasz w mniej niż minutę", "reading time"),
        ("Tempo de leitura: 1 minuto", "reading time"),
        ("Lea también: Juan Carlos Ortega Murillo propone una reforma", "related link"),
        ("Czytaj też: Ten region Polski zanotował najniższe bezrobocie w całej UE", "related link"),
        ("3) Cuffie wireless con cancellazione del rumore, 40 ore di autonomia http://amzn.to/2xYzAbC", "shop link"),
        ("Das Buch gibt es hier: https://www.amazon.de/dp/3453000000 (Partnerlink)", "shop link"),
    ],
)
def test_furniture_lines(text: str, reason: str) -> None:
    found = furniture_reason(text)
    assert found is not None and found.startswith(reason)


@pytest.mark.parametrize(
    "text",
    [
        "The advertisement industry grew by 5% in 2019.",
        "Subscribers to the plan said prices rose 5%.",
        "Dona Maria disse que o hospital fechou em março.",
        "Amazon said on Tuesday that its sales on amazon.com rose 9% in the third quarter.",
        "Der Minister sagte, die Werbung für Zigaretten werde 2025 verboten, weil 30 Prozent der Jugendlichen rauchen.",
    ],
)
def test_sentences_about_ads_or_subscribers_are_not_furniture(text: str) -> None:
    assert furniture_reason(text) is None


def test_body_claims_outrank_related_captions_and_furniture() -> None:
    subjects = [
        "soldiers",
        "tanks",
        "refugees",
        "doctors",
        "pilots",
        "farmers",
        "miners",
        "teachers",
        "nurses",
        "drivers",
        "sailors",
        "judges",
    ]
    places = [
        "border",
        "river",
        "capital",
        "harbour",
        "valley",
        "airport",
        "plant",
        "school",
        "hospital",
        "bridge",
        "coast",
        "court",
    ]
    items = [
        _item(f"{n * 100 + 7} {subject} reached the {place} on Monday.", 0.5)
        for n, (subject, place) in enumerate(zip(subjects, places, strict=True), start=1)
    ]
    items += [
        _item("Officials say 2 million people lost power after the storm hit.", 0.99, role="related"),
        _item("The plant, built in 1965, supplies 1.2 million residents.", 0.99, role="caption"),
        _item("CONTINUA DEPOIS DA PUBLICIDADE", 0.99),
        _item("An embedded tweet says the minister resigned on Monday.", 0.6, role="quote"),
    ]
    result = triage(items, _no_embeddings(len(items)), None, threshold=0.4)
    ranks = {item.text: triaged.rank for item, triaged in zip(items, result, strict=True)}
    article = [ranks[item.text] for item in items if item.role in ("body", "quote") and "PUBLICIDADE" not in item.text]
    assert sorted(article) == list(range(1, 14))
    assert ranks["An embedded tweet says the minister resigned on Monday."] == 1
    assert min(ranks[item.text] for item in items[12:15]) > max(article)
    assert ranks["CONTINUA DEPOIS DA PUBLICIDADE"] == len(items), "furniture ranks last"
    assert result[14].furniture == "advertisement"


def test_check_worthy_groups_rank_before_the_rest() -> None:
    items = [
        _item("The weather was nice on the day of the vote.", 0.2),
        _item("Related: 40% of voters stayed home.", 0.8, role="related"),
    ]
    result = triage(items, _no_embeddings(2), None, threshold=0.5)
    assert [triaged.rank for triaged in result] == [2, 1], "a check-worthy related line before a body sentence below"


def test_near_duplicates_share_the_representatives_rank() -> None:
    lead = "Two United States service members were killed in a helicopter crash in Afghanistan on Wednesday."
    caption = "Two US service members were killed in a helicopter crash in Afghanistan"
    other = "More than 2,500 Afghan civilians have been killed in the fighting so far this year."
    items = [_item(caption, 0.95, role="caption"), _item(lead, 0.9), _item(other, 0.8)]
    result = triage(items, _no_embeddings(3), None, threshold=0.5)
    assert result[1].duplicate_of is None and result[1].rank == 1
    assert result[0].duplicate_of == 1 and result[0].rank == 1, "the caption is grouped under the body sentence"
    assert result[2].rank == 2


def test_grouping_by_encoder_needs_shared_words_too() -> None:
    texts = [
        "Brent crude fell 2.7% to $60.73 a barrel on Tuesday.",
        "U.S. crude fell 3.4% to $55.12 a barrel on Tuesday.",
        "Brent crude fell 2.7 percent to 60.73 dollars a barrel on Tuesday, traders said.",
    ]
    alike = np.ones((3, 1), dtype=np.float32)  # the encoder finds all three the same
    assert group_duplicates(texts, alike, [0, 1, 2]) == [None, None, 0]


def test_page_features_and_head() -> None:
    items = [
        _item("Weiter so?", 0.3, block_sentences=1),
        _item("Lyft verliert mehr als man umsetzt", 0.7, block_sentences=1),
        _item("The company will double its revenue next year, the chief executive said.", 0.8),
    ]
    rows = page_features(items, [0, 0, 0])
    named = [dict(zip(PAGE_FEATURE_NAMES, row, strict=True)) for row in rows]
    assert named[0]["question"] == 1.0 and named[0]["lead"] == 1.0 and named[0]["position"] == 0.0
    assert named[1]["heading"] == 1.0 and named[2]["heading"] == 0.0
    assert named[2]["forecast"] == 1.0 and named[2]["attributed"] == 1.0 and named[2]["position"] == 1.0
    head = TriageHead(np.zeros(len(PAGE_FEATURE_NAMES)), 0.0, 0.5)
    assert np.allclose(head.priority(rows), 0.5)


def _feature(text: str, name: str, lang: str = "und") -> float:
    row = page_features([_item(text, 0.5, lang=lang)], [0])[0]
    return float(row[PAGE_FEATURE_NAMES.index(name)])


@pytest.mark.parametrize(
    "text",
    [
        '"¿Cómo íbamos a gobernar el país con apenas el 22% de los votos? Nos íbamos a apoyar en la gente", dijo.',
        '"Was würde dem Klima mehr helfen als eine neue Trasse?", fragte Lindner im Jahr 2021.',
        "Is it true that 40% of voters stayed home?",
    ],
)
def test_a_question_anywhere_in_the_sentence_is_a_question(text: str) -> None:
    assert _feature(text, "question") == 1.0


def test_a_statement_is_no_question() -> None:
    assert _feature("Unemployment fell to 4.1 percent in March, officials said.", "question") == 0.0


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("If the talks fail, prices rose 5% last year.", "en", 1.0),
        ("Wenn die Gespräche scheitern, steigen die Preise.", "de", 1.0),
        ("Se il governo cade, si vota a giugno.", "it", 1.0),
        ("Jeśli rząd upadnie, wybory odbędą się w czerwcu.", "pl", 1.0),
        # Spanish "Se" opens an impersonal sentence, German "Als" a temporal clause: no condition.
        ("Se registraron 30 muertos en 2021.", "es", 0.0),
        ("Als der Zug ankam, waren 300 Menschen am Bahnsteig.", "de", 0.0),
        ("May sales rose 4% on the year.", "en", 0.0),
        # German "werden" with a past participle is a passive of fact; with an infinitive, a future.
        ("Seit Monaten werden die Waldwege durch Äste blockiert.", "de", 0.0),
        ("Der Impfstoff wird weltweit verabreicht.", "de", 0.0),
        ("Die Firma wird das Werk im Sommer erweitern.", "de", 1.0),
        ("Die Preise werden weiter steigen.", "de", 1.0),
        ("Die Preise werden steigen, wenn das Angebot gekürzt wird.", "de", 1.0),
    ],
)
def test_conditions_and_forecasts(text: str, lang: str, expected: float) -> None:
    assert _feature(text, "forecast", lang) == expected


@pytest.mark.parametrize(
    "text", ["Secondo me il governo ha sbagliato tutto.", "Acho que o presidente errou.", "Moim zdaniem rząd się myli."]
)
def test_opinion_openers_in_italian_portuguese_and_polish(text: str) -> None:
    assert _feature(text, "opinion") == 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said 30 people were killed on Tuesday.", 1.0),
        ("Secondo l'Istat la disoccupazione è scesa al 7,8% a marzo.", 1.0),
        ("Według GUS stopa bezrobocia wyniosła 5,4 proc.", 1.0),
        ("The ministry said the convoy left the town.", 0.0),
        ("Unemployment fell to 4.1 percent in March.", 0.0),
    ],
)
def test_a_named_source_with_a_figure_or_date_is_a_sourced_figure(text: str, expected: float) -> None:
    assert _feature(text, "sourced_figure") == expected


def test_flag_cap_keeps_the_best_share_of_article_sentences() -> None:
    priority = [0.9, 0.8, 0.7, 0.6, 0.5, 0.45, 0.2, 0.95]
    article = [True] * 7 + [False]
    flagged = flag_cap(priority, article, 0.4)
    allowed = int(PAGE_FLAG_SHARE * 7)
    assert sum(flagged[:7]) == allowed and flagged[:allowed] == [True] * allowed
    assert flagged[7], "a sentence outside the article keeps its threshold"
    assert flag_cap(priority, article, 0.4, cap=False) == [value >= 0.4 for value in priority]
    # A short page still shows its best claim.
    assert flag_cap([0.9, 0.8], [True, True], 0.4) == [True, False]


def test_pages_in_a_language_without_training_pages_are_capped() -> None:
    subjects = ("pupils", "nurses", "drivers", "farmers", "miners", "pilots", "judges", "bakers", "sailors", "monks")
    places = ("harbour", "valley", "airport", "market", "station", "bridge", "museum", "stadium", "castle", "forest")
    texts = [
        f"{n * 100 + 7} {subject} reached the {place} on Monday."
        for n, (subject, place) in enumerate(zip(subjects, places, strict=True), start=1)
    ]
    head = TriageHead(np.zeros(len(PAGE_FEATURE_NAMES)), 2.0, 0.5, languages=("de", "en"))
    for lang, expected in (("it", int(PAGE_FLAG_SHARE * 10)), ("en", 10), ("und", 10)):
        items = [_item(text, 0.9, lang=lang) for text in texts]
        result = triage(items, _no_embeddings(len(items)), head, threshold=0.5)
        assert sum(item.checkworthy for item in result) == expected, lang
        flagged = [item for item in result if item.checkworthy]
        assert all(item.rank < other.rank for item in flagged for other in result if not other.checkworthy)


def _logistic(logit: float) -> float:
    return 1.0 / (1.0 + np.exp(-logit))


def test_kept_before_drop_stops_at_the_first_large_step_down() -> None:
    priorities = [_logistic(value) for value in (3.0, 2.5, 1.0, 0.8, -0.5)]
    assert kept_before_drop(priorities, 1.25) == 2, "the step 2.5 -> 1.0 is the first one over 1.25"
    assert kept_before_drop(priorities, 2.0) == len(priorities)
    assert kept_before_drop(priorities, 0.4) == 1, "the first claim always stays"
    assert kept_before_drop([], 1.0) == 0 and kept_before_drop([0.9], 0.1) == 1
    # A step up (the next tier's claims) never cuts.
    assert kept_before_drop([_logistic(0.0), _logistic(2.0), _logistic(1.5)], 1.0) == 3


def _drop_page(extra: int) -> list[PageSentence]:
    """One strong claim, a weaker one far below it, and ``extra`` more near the weaker one (all body)."""
    subjects = ("pupils", "nurses", "drivers", "farmers", "miners", "pilots", "judges", "bakers", "sailors", "monks")
    texts = [f"{n * 100 + 7} {subject} reached the harbour on Monday." for n, subject in enumerate(subjects, start=1)]
    scores = [_logistic(3.0), _logistic(0.5)] + [_logistic(0.4 - 0.01 * n) for n in range(extra)]
    return [_item(text, score) for text, score in zip(texts, scores, strict=False)]


def test_a_page_shows_its_claims_down_to_the_first_clear_drop() -> None:
    # The priority is the sentence score (identity head on the sentence logit), threshold 0.5 (logit 0).
    weights = np.zeros(len(PAGE_FEATURE_NAMES))
    weights[PAGE_FEATURE_NAMES.index("sentence_logit")] = 1.0
    head = TriageHead(weights, 0.0, 0.5, drop=1.25)
    items = _drop_page(DROP_MIN_ARTICLE)
    result = triage(items, _no_embeddings(len(items)), head, threshold=0.5)
    assert [item.checkworthy for item in result] == [True] + [False] * (len(items) - 1)
    assert [item.rank for item in result] == list(range(1, len(items) + 1)), "the cut claims keep their order"
    # Without a drop (an older model) every claim over the threshold is shown.
    plain = triage(items, _no_embeddings(len(items)), dataclasses.replace(head, drop=None), threshold=0.5)
    assert all(item.checkworthy for item in plain)
    # A gentle slope is no drop.
    gentle = triage(items, _no_embeddings(len(items)), dataclasses.replace(head, drop=3.0), threshold=0.5)
    assert all(item.checkworthy for item in gentle)


def test_a_short_page_is_never_cut_at_a_drop() -> None:
    weights = np.zeros(len(PAGE_FEATURE_NAMES))
    weights[PAGE_FEATURE_NAMES.index("sentence_logit")] = 1.0
    items = _drop_page(DROP_MIN_ARTICLE - 3)
    assert len(items) == DROP_MIN_ARTICLE - 1
    result = triage(items, _no_embeddings(len(items)), TriageHead(weights, 0.0, 0.5, drop=1.25), threshold=0.5)
    assert all(item.checkworthy for item in result)


def test_a_cut_claim_takes_its_near_duplicates_with_it() -> None:
    weights = np.zeros(len(PAGE_FEATURE_NAMES))
    weights[PAGE_FEATURE_NAMES.index("sentence_logit")] = 1.0
    items = _drop_page(DROP_MIN_ARTICLE)
    items.append(_item(items[1].text.replace("Monday", "Monday morning"), _logistic(0.3)))
    result = triage(items, _no_embeddings(len(items)), TriageHead(weights, 0.0, 0.5, drop=1.25), threshold=0.5)
    assert result[-1].duplicate_of == 1 and not result[-1].checkworthy and not result[1].checkworthy
    assert result[-1].rank == result[1].rank


def test_head_drop_survives_save_and_load(tmp_path: Path) -> None:
    model = load_model()
    assert model.triage is not None and model.triage.drop is not None, "the shipped head cuts at a drop"
    for drop in (0.75, None):
        dataclasses.replace(model, triage=dataclasses.replace(model.triage, drop=drop)).save(tmp_path)
        loaded = load_model(tmp_path)
        assert loaded.triage is not None and loaded.triage.drop == drop


def test_head_language_shift_moves_only_its_language() -> None:
    rows = np.zeros((3, len(PAGE_FEATURE_NAMES)))
    head = TriageHead(np.zeros(len(PAGE_FEATURE_NAMES)), 0.0, 0.5, shifts={"es": -1.0})
    priority = head.priority(rows, ["es", "de", "und"])
    assert priority[0] == pytest.approx(1 / (1 + np.e)) and np.allclose(priority[1:], 0.5)
    # Without languages (an older caller) nothing moves.
    assert np.allclose(head.priority(rows), 0.5)


def test_head_shifts_survive_save_and_load(tmp_path: Path) -> None:
    model = load_model()
    assert model.triage is not None
    shifted = dataclasses.replace(model.triage, shifts={"es": -0.25, "it": 0.5}, languages=("en", "es"))
    dataclasses.replace(model, triage=shifted).save(tmp_path)
    loaded = load_model(tmp_path)
    assert loaded.triage is not None and loaded.triage.shifts == {"es": -0.25, "it": 0.5}
    assert loaded.triage.languages == ("en", "es")
    assert load_model(tmp_path, page_head=False).triage is None


def test_news_head_logit_is_the_last_input_and_moves_the_priority() -> None:
    features = np.zeros((2, len(PAGE_FEATURE_NAMES)))
    embeddings = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    weights = np.zeros(len(PAGE_FEATURE_NAMES) + 1)
    weights[-1] = 1.0
    head = TriageHead(
        weights, 0.0, 0.5, head_feature_names(True), news=np.array([2.0, -2.0], dtype=np.float32), news_intercept=0.5
    )
    inputs = head.inputs(features, embeddings)
    assert head.feature_names[-1] == NEWS_FEATURE and inputs.shape == (2, len(PAGE_FEATURE_NAMES) + 1)
    assert np.allclose(inputs[:, -1], [2.5, -1.5])
    priority = head.priority(inputs)
    assert priority[0] > 0.9 and priority[1] < 0.2
    # A head without a news head reads the page features as they are.
    plain = TriageHead(np.zeros(len(PAGE_FEATURE_NAMES)), 0.0, 0.5)
    assert plain.inputs(features, embeddings) is features


def test_news_head_survives_save_and_load_and_must_match_its_inputs(tmp_path: Path) -> None:
    model = load_model()
    assert model.triage is not None and model.triage.news is not None, "the shipped page head reads the news logit"
    dataclasses.replace(model).save(tmp_path)
    loaded = load_model(tmp_path)
    assert loaded.triage is not None and loaded.triage.news is not None
    assert np.array_equal(loaded.triage.news, model.triage.news)
    assert loaded.triage.news_intercept == pytest.approx(model.triage.news_intercept)
    # A sidecar naming the news input without the news weights (or the reverse) is refused, not misread.
    plain = dataclasses.replace(model.triage, news=None)
    dataclasses.replace(model, triage=plain).save(tmp_path)
    with pytest.raises(ConfigError):
        load_model(tmp_path)


@pytest.fixture(scope="module")
def rumour_doc() -> Document:
    # Floor 0: every scored sentence is listed, so the ad line's rank and label are checked, not just its absence.
    bench = Workbench(stages=("extract", "language", "segment", "claims"), configs={"claims": ClaimsConfig(floor=0.0)})
    return bench.check(str(RUMOUR_PAGE), kind="file")


def _ranked(doc: Document) -> list[tuple[int, str, str, str]]:
    rows = []
    for claim in doc.claims:
        block, _ = doc.sentence(claim.sentence)
        rows.append((claim.rank, claim.label, block.role, doc.sentence_text(claim.sentence)))
    return sorted(rows)


def test_rumour_in_an_embedded_tweet_is_not_buried(rumour_doc: Document) -> None:
    ranked = _ranked(rumour_doc)
    rumour = next(row for row in ranked if "poisoned the city's water supply" in row[3])
    assert rumour[1] == "check-worthy"
    assert rumour[2] == "quote"
    assert rumour[0] <= 3, ranked


def test_ads_and_related_headlines_never_above_body_claims(rumour_doc: Document) -> None:
    ranked = _ranked(rumour_doc)
    article = [rank for rank, label, role, _ in ranked if label == "check-worthy" and role in ("body", "quote")]
    assert article, ranked
    for rank, _, role, text in ranked:
        if role == "related" or text.startswith("CONTINUA DEPOIS"):
            assert rank > max(article), (text, ranked)
    ad = next((row for row in ranked if row[3].startswith("CONTINUA DEPOIS")), None)
    if ad is None:  # extraction cut it before the claims stage saw it
        assert any(line.text.startswith("CONTINUA DEPOIS") for line in rumour_doc.removed)
    else:
        assert ad[1] == "not check-worthy"


def test_an_ad_line_extraction_kept_is_furniture_in_the_stage(
    resources: Resources, make_document: Callable[..., Document]
) -> None:
    doc = make_document(
        [
            ("body", "pt", "O governo anunciou que o desemprego caiu para 8,1 por cento em março."),
            ("body", "pt", "CONTINUA DEPOIS DA PUBLICIDADE"),
            ("body", "pt", "Segundo o IBGE, 9,1 milhões de pessoas procuravam emprego no trimestre."),
            ("related", "pt", "Ministro diz que a inflação caiu para 3,2% em janeiro, a menor desde 1970"),
        ]
    )
    doc = detect_claims(doc, resources, ClaimsConfig(floor=0.0))
    by_block = {claim.sentence.split(".")[0]: claim for claim in doc.claims}
    article = [by_block[block].rank for block in ("b0", "b2") if by_block[block].label == "check-worthy"]
    assert article, doc.claims
    assert by_block["b1"].label == "not check-worthy" and by_block["b1"].rank > max(article)
    assert by_block["b3"].rank > max(article)


def test_captions_rank_after_body_claims_when_scored() -> None:
    bench = Workbench(
        stages=("extract", "language", "segment", "claims"),
        configs={"claims": ClaimsConfig(roles=("body", "quote", "related", "caption"), floor=0.0)},
    )
    ranked = _ranked(bench.check(str(RUMOUR_PAGE), kind="file"))
    caption = next(row for row in ranked if row[2] == "caption")
    article = [rank for rank, label, role, _ in ranked if label == "check-worthy" and role in ("body", "quote")]
    assert caption[0] > max(article), ranked


def test_a_caption_restating_the_lead_is_grouped_and_round_trips(
    resources: Resources, make_document: Callable[..., Document]
) -> None:
    lead = "Two United States service members were killed in a helicopter crash in Afghanistan on Wednesday."
    doc = make_document(
        [
            ("caption", "en", "Two US service members were killed in a helicopter crash in Afghanistan"),
            ("body", "en", lead),
            ("body", "en", "More than 2,500 Afghan civilians have been killed in the fighting so far this year."),
        ]
    )
    doc = detect_claims(doc, resources, ClaimsConfig(roles=("body", "quote", "related", "caption"), floor=0.0))
    by_sentence = {claim.sentence: claim for claim in doc.claims}
    assert by_sentence["b0.s0"].duplicate_of == "b1.s0"
    assert by_sentence["b0.s0"].rank == by_sentence["b1.s0"].rank
    assert Document.from_json(doc.to_json()).claims == doc.claims


def test_questions_opinions_forecasts_and_promotion_rank_below_the_factual_claim(
    resources: Resources, make_document: Callable[..., Document]
) -> None:
    fact = "Unemployment in the region fell to 4.1 percent in March, the lowest level since 2008, officials said."
    weaker = [
        "Will the council finally listen to the people of this city?",
        "I think this is the most beautiful park in the whole country.",
        "The new bridge will probably open to traffic sometime next year.",
        "Sign up today and get the best deals delivered to your inbox every week!",
    ]
    doc = make_document([("body", "en", " ".join([weaker[0], fact, *weaker[1:]]))])
    doc = detect_claims(doc, resources, ClaimsConfig(floor=0.0))
    ranks = {doc.sentence_text(claim.sentence): claim.rank for claim in doc.claims}
    assert all(ranks[fact] < ranks[text] for text in weaker), ranks
    assert ranks[fact] == 1
