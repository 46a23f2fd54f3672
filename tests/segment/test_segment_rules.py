"""``split_sentences`` on short hand-written strings: abbreviations, numbers, quotes, odd input."""

from __future__ import annotations

import itertools
import random

import pytest

from sift.segment import split_sentences


def sentences(text: str, lang: str) -> list[str]:
    spans = split_sentences(text, lang)
    for start, end in spans:
        assert text[start:end] == text[start:end].strip() != ""
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    return [text[start:end] for start, end in spans]


#: Abbreviations and numbers.
ABBREVIATION_CASES = [
    (
        "en",
        "Drones filmed it on Nov. 9 near the border. Dr. Smith and St. John's staff agreed.",
        ["Drones filmed it on Nov. 9 near the border.", "Dr. Smith and St. John's staff agreed."],
    ),
    (
        "en",
        "U.S. officials denied it. The U.S.-led coalition said nothing. He lives in the U.S. The end.",
        ["U.S. officials denied it.", "The U.S.-led coalition said nothing.", "He lives in the U.S.", "The end."],
    ),
    (
        "en",
        "J. R. R. Tolkien wrote it in Jan. 1937. It sold.",
        ["J. R. R. Tolkien wrote it in Jan. 1937.", "It sold."],
    ),
    (
        "en",
        "Prices rose 3.5 percent. No. 5 was first. I said no. Fine.",
        ["Prices rose 3.5 percent.", "No. 5 was first.", "I said no.", "Fine."],
    ),
    (
        "en",
        "Apples, pears, etc. and more. Then etc. Next one.",
        ["Apples, pears, etc. and more.", "Then etc.", "Next one."],
    ),
    (
        "fr",
        "M. Macron a rencontré Mme Dupont hier. Il est parti.",
        ["M. Macron a rencontré Mme Dupont hier.", "Il est parti."],
    ),
    (
        "fr",
        "Des villes, p. ex. Paris, ont voté. Le 9 nov. 2017 aussi.",
        ["Des villes, p. ex. Paris, ont voté.", "Le 9 nov. 2017 aussi."],
    ),
    (
        "de",
        "Das kostet z. B. 1.000 Euro bzw. mehr. Siehe Nr. 5.",
        ["Das kostet z. B. 1.000 Euro bzw. mehr.", "Siehe Nr. 5."],
    ),
    (
        "de",
        "Er kam am 3. Oktober. Der 2. Weltkrieg endete 1945. Dann ging er.",
        ["Er kam am 3. Oktober.", "Der 2. Weltkrieg endete 1945.", "Dann ging er."],
    ),
    ("de", "Das geht z.B. so. Dr. Müller sagte das.", ["Das geht z.B. so.", "Dr. Müller sagte das."]),
    (
        "es",
        "El Sr. García llegó a EE.UU. el lunes. Volvió el martes.",
        ["El Sr. García llegó a EE.UU. el lunes.", "Volvió el martes."],
    ),
    ("es", "¿Vienes? ¡Sí! Subió un 2.5 por ciento.", ["¿Vienes?", "¡Sí!", "Subió un 2.5 por ciento."]),
    (
        "nl",
        "Dhr. Jansen sprak bijv. met mevr. De Vries. Daarna ging hij.",
        ["Dhr. Jansen sprak bijv. met mevr. De Vries.", "Daarna ging hij."],
    ),
]


#: Quotations followed by their attribution stay whole; quotations ending their sentence split inside.
QUOTE_CASES = [
    (
        "en",
        '"We will win. They will lose," the minister said. He left.',
        ['"We will win. They will lose," the minister said.', "He left."],
    ),
    ("en", "“It is over.” the ministry said. Next.", ["“It is over.” the ministry said.", "Next."]),
    (
        "en",
        "“It makes no sense. It does not work,” Clinton said. Next.",
        ["“It makes no sense. It does not work,” Clinton said.", "Next."],
    ),
    ("en", "”Mr. Smith left. He came back.", ["”Mr. Smith left.", "He came back."]),
    (
        "en",
        "“How many times? Too many!” Hillary Clinton said. “Enough.” He left.",
        ["“How many times? Too many!” Hillary Clinton said.", "“Enough.”", "He left."],
    ),
    ("en", '"Why?" He said nothing.', ['"Why?"', "He said nothing."]),
    ("en", '"Stop. Now." He left.', ['"Stop.', 'Now."', "He left."]),
    ("fr", "« Je pars. Tu restes », a-t-il dit. Fin.", ["« Je pars. Tu restes », a-t-il dit.", "Fin."]),
    ("fr", "«Il part.», a indiqué le sénateur. Fin.", ["«Il part.», a indiqué le sénateur.", "Fin."]),
    (
        "de",
        "„Ich gehe. Du bleibst“, zitiert der Dienst ihn. Ende.",
        ["„Ich gehe. Du bleibst“, zitiert der Dienst ihn.", "Ende."],
    ),
    ("de", "»Ich gehe. Du bleibst«, sagte er. Ende.", ["»Ich gehe. Du bleibst«, sagte er.", "Ende."]),
    ("es", "«No lo sé. Quizás», dijo. Luego salió.", ["«No lo sé. Quizás», dijo.", "Luego salió."]),
]


#: Other scripts' sentence marks.
SCRIPT_CASES = [
    ("zh", "今天下雨。明天晴天！", ["今天下雨。", "明天晴天！"]),
    ("zh", "“我们会赢。”他说。然后他走了。", ["“我们会赢。”他说。", "然后他走了。"]),
    (
        "ja",
        "「今日は雨だ。明日も雨だ。」と彼は言った。それから帰った。",
        ["「今日は雨だ。明日も雨だ。」と彼は言った。", "それから帰った。"],
    ),
    ("el", "Τι κάνεις; Καλά.", ["Τι κάνεις;", "Καλά."]),
    ("en", "He left; Then she came.", ["He left; Then she came."]),
    ("hi", "यह अच्छा है। वह बुरा है।", ["यह अच्छा है।", "वह बुरा है।"]),
    ("ar", "هل أنت بخير؟ نعم.", ["هل أنت بخير؟", "نعم."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ABBREVIATION_CASES + QUOTE_CASES + SCRIPT_CASES)
def test_hand_written_cases(lang: str, text: str, expected: list[str]) -> None:
    assert sentences(text, lang) == expected


def test_ellipsis_splits_only_before_a_capital() -> None:
    assert sentences("He waited... and waited. Then… Nothing.", "en") == [
        "He waited... and waited.",
        "Then…",
        "Nothing.",
    ]


def test_lower_case_text_still_splits_after_plain_words() -> None:
    assert sentences("it rained again. we stayed home. approx. three people came.", "en") == [
        "it rained again.",
        "we stayed home.",
        "approx. three people came.",
    ]


def test_a_spaced_ellipsis_does_not_split() -> None:
    assert sentences("That is. . . that is where it goes.", "en") == ["That is. . . that is where it goes."]


def test_line_breaks_are_hard_boundaries() -> None:
    text = "  Albu Kamal\nThe ministry said so\n\n  «Non», a-t-il dit.  "
    assert sentences(text, "en") == ["Albu Kamal", "The ministry said so", "«Non», a-t-il dit."]


def test_a_list_number_stays_with_its_item() -> None:
    assert sentences("1. Le refus est un fait. Il est prouvé.", "fr") == ["1. Le refus est un fait.", "Il est prouvé."]


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\n\n"])
def test_empty_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text, "en") == []


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es", "und"])
def test_text_without_punctuation_is_one_sentence(lang: str) -> None:
    assert sentences("breaking news from the border region", lang) == ["breaking news from the border region"]


def test_emoji_only_text_is_kept() -> None:
    assert sentences("😀🎉 🔥", "und") == ["😀🎉 🔥"]


def test_long_text_without_punctuation_is_one_sentence() -> None:
    text = ("word " * 2000).strip()
    assert len(text) > 9000
    assert split_sentences(text, "en") == [(0, len(text))]


def test_a_stray_quote_mark_does_not_glue_a_long_paragraph() -> None:
    text = '"' + "This is a sentence. " * 80 + '" he said.'
    assert len(split_sentences(text, "en", max_quote_chars=1000)) > 1
    assert len(split_sentences("«Il part. Elle reste», dit-il.", "fr", max_quote_chars=0)) == 2


def test_random_text_keeps_every_character_in_order() -> None:
    """Whatever the input, spans are ordered, trimmed, on one line, and cover every visible character."""
    alphabet = [*"aA bB.!?…«»„“”\"'’,;:\n\t()0123456789 ÉéßЖж。！？؟—-", "Dr", "U.S.", "Nov", "z. B."]
    rng = random.Random(7)
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for lang in ("en", "de", "fr", "und"):
            spans = split_sentences(text, lang)
            assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
            covered = {i for start, end in spans for i in range(start, end)}
            assert all(i in covered for i, char in enumerate(text) if not char.isspace()), (text, spans)
            assert all("\n" not in text[start:end] for start, end in spans)


@pytest.mark.parametrize("text", ["“" * 3000 + "”" * 3000, "1. " * 3000, "Dr. " * 3000, "«a. » " * 3000])
def test_degenerate_runs_of_marks_do_not_break_the_splitter(text: str) -> None:
    spans = split_sentences(text, "de")
    assert spans and spans[0][0] == 0 and spans[-1][1] == len(text.rstrip())


def test_a_bracketed_aside_inside_a_sentence_does_not_end_it() -> None:
    # dev11: "Keiner der 448(!) Abgeordneten …" was cut after "(!)", and the speaker check read "Abgeordneten … hat
    # geantwortet" without its "Keiner"
    assert sentences("Keiner der 448(!) Abgeordneten hat geantwortet. Drei Büros schrieben.", "de") == [
        "Keiner der 448(!) Abgeordneten hat geantwortet.",
        "Drei Büros schrieben.",
    ]
    assert sentences("The vote [sic?] Was held on Monday. It passed.", "en") == [
        "The vote [sic?] Was held on Monday.",
        "It passed.",
    ]
    assert sentences("Er sagte nein (wirklich!) Danach ging er.", "de") == [
        "Er sagte nein (wirklich!)",
        "Danach ging er.",
    ]
    # an aside that opens its own sentence still stands apart, and a bracket with words is text like any other
    assert sentences("He came. (Did he?) Nobody knows.", "en") == ["He came.", "(Did he?)", "Nobody knows."]
    assert sentences("It rained (as the forecast had said it would!) Then it stopped.", "en") == [
        "It rained (as the forecast had said it would!)",
        "Then it stopped.",
    ]
