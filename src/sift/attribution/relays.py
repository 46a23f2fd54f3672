"""Relays read off the words around a cue: the outlet a speaker told ("told Reuters", "a déclaré à l'AFP", "sagte
der dpa", "dijo a El País", "disse à Folha", "ha detto all'ANSA", "powiedział PAP"), the interview or platform
it went through ("in an interview with CNN", "w rozmowie z „Rzeczpospolitą”", "wrote on Twitter"), and a
reporter naming its own source ("Reuters reported, citing officials", "unter Berufung auf Regierungskreise").

The patterns are each language's row of :data:`sift.lexicon.languages.LANGUAGES` (``relay_datives``,
``relay_phrases``, ``platform_prepositions``, ``citing``); a name after a dative counts only when it is an outlet
(the gazetteer's, or one named by an outlet noun: "the newspaper El Mundo"), so "told reporters" or "dijo a su
hermano" relay nothing. "X said …, Sputnik reported" chains are folded by :func:`frames.collapse_relays`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sift.attribution.frames import ACCORDING_LEMMAS, Frame, RelaySpan, Span, cut_spans
from sift.attribution.name_shapes import NAME_PARTICLES
from sift.attribution.tokens import index_at
from sift.attribution.word_order import Token
from sift.lexicon.gazetteer import Gazetteer
from sift.lexicon.languages import LANGUAGES, Language
from sift.lexicon.speaker_words import SPEAKER_WORDS, compound_entry

__all__ = ["RelayReader", "fused_outlet_article", "names_outlet", "relay_reader"]

#: Tokens an interview phrase opening the sentence may span before its source ("En declaraciones a Onda Cero,").
MAX_OPENER_TOKENS = 10
#: Tokens that end the sentence before an opening phrase.
SENTENCE_ENDS = frozenset({".", "!", "?", "…", ":", ";"})
#: Tokens a relay name may span, and words of description before it ("the Russian state news agency").
MAX_NAME_TOKENS = 6
MAX_DESCRIPTION_TOKENS = 6
#: Words that join the capitalised parts of an outlet's name ("Folha de S.Paulo", "Corriere della Sera").
NAME_JOINERS = frozenset({"de", "of", "am", "di", "do", "da", "del", "della", "des", "du", "la", "the", "y", "&", "24"})
OPENING_QUOTES = frozenset({"„", "“", '"', "«", "»", "‚", "‘"})
CLOSING_QUOTES = frozenset({"”", "“", '"', "»", "«", "’", "‘"})
NAME_STOPS = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "–", "—"})
#: Tokens a cited source may span ("people familiar with the matter").
MAX_CITED_TOKENS = 8
#: Nouns of a piece an outlet publishes, besides the language's document nouns ("a report in", "un article du").
REPORT_NOUNS = frozenset({"article", "story", "artikel", "artículo", "artigo", "articolo", "artykuł", "reportage"})
#: Tokens an "as" clause naming a relay may span after its opener ("as the newspaper Le Monde reported on Monday").
MAX_AS_TOKENS = 9
#: Prepositions fused with the article an outlet's name opens with: "au Figaro" (Le Figaro), "ao Globo" (O Globo),
#: "al Messaggero" (Il Messaggero); after one, the name is looked up with each article of the language.
FUSED_ARTICLES = frozenset({"au", "du", "al", "del", "ao", "do", "da", "alla", "dal", "della"})


#: Where a source span splits into words when its outlet name is looked for ("l'AFP" -> "l", "AFP").
_OUTLET_WORDS = re.compile(r"[\s'’]+")


def fused_outlet_article(name: str, determiners: frozenset[str], gazetteer: Gazetteer) -> str | None:
    """The article with which a name after a fused preposition is a known outlet ("au Monde": "le", Le Monde), the
    first of the language's ``determiners`` in sorted order; ``None`` when none makes it one."""
    return next((a for a in sorted(determiners) if a.isalpha() and gazetteer.is_outlet(f"{a} {name}")), None)


def _pattern(entries: tuple[str, ...]) -> re.Pattern[str] | None:
    """``entries`` as one case-insensitive alternation ending at a word boundary (or after an elision: "all'").

    An empty entry makes the words optional: the name may follow the cue directly ("told Reuters").
    """
    words = [entry for entry in entries if entry]
    if not entries:
        return None
    boundary = r"(?:(?<=['’])|(?!\w))"
    alternation = "(?:" + "|".join(f"(?:{entry})" for entry in words) + ")" + boundary if words else ""
    if "" in entries:
        return re.compile(rf"\s*(?:{alternation})?" if words else r"\s*", re.IGNORECASE)
    return re.compile(rf"\s*{alternation}", re.IGNORECASE)


def _common_words(name: str, lang: str) -> bool:
    """Whether every word of a lower-case name is a common word of a language that writes its nouns in lower case
    ("reforma", "la nación"): the language's own words, no outlet's name. Where every noun is capitalised, a
    lower-case name is the outlet's own spelling ("dpa", "taz"), whatever the dictionary holds."""
    from sift.machine_cache import dictionary_lemma

    speakers = SPEAKER_WORDS.get(lang)
    if speakers is None or speakers.capitalises_nouns:
        return False
    return all((lemma := dictionary_lemma(word, lang)) is not None and lemma.islower() for word in name.split())


#: Nouns of citing openers that point to a reason as often as to a source ("mit Verweis auf den Lockdown"); the
#: others ("unter Berufung auf") invoke an authority.
REASON_CITING = frozenset({"verweis", "hinweis"})


@dataclass(frozen=True, slots=True)
class RelayReader:
    """The relay patterns of one language and the gazetteer that tells outlets."""

    row: Language
    gazetteer: Gazetteer
    datives: re.Pattern[str] | None
    phrases: re.Pattern[str] | None
    platforms: re.Pattern[str] | None
    citing: re.Pattern[str] | None
    broadcasts: re.Pattern[str] | None = None

    def add_relays(self, text: str, frames: list[Frame], tokens: list[Token]) -> None:
        """Give each frame the relay it names after its cue (or inside a source that follows the cue), and name
        the outlet of "according to a report in X" sources and relays."""
        for frame in frames:
            if frame.source is not None and (frame.cue_lemma or "") in ACCORDING_LEMMAS:
                frame.source = self._report_issuer(text, tokens, frame.source) or frame.source
            for number, relay in enumerate(frame.via):
                if (relay.cue_lemma or "") in ACCORDING_LEMMAS:
                    issuer = self._report_issuer(text, tokens, relay.source)
                    frame.via[number] = RelaySpan(issuer or relay.source, relay.cue, relay.cue_lemma)
        for frame in frames:
            if frame.cue is None:
                continue
            relay = self._split_source(text, frame, tokens)
            if relay is None and (found := self._after(text, frame, tokens)) is not None:
                relay, words = found
                frame.content = cut_spans(text, frame.content, [words])
            if relay is None:
                relay = self._opener(text, frame, tokens)
            if relay is not None and not any(_overlaps(relay.source, other.source) for other in frame.via):
                frame.via.insert(0, relay)
        self._nested_in_outlets(text, frames, tokens)
        for frame in frames:  # "PAP minister zdrowia …" after "Według": the relay is no part of the source
            for relay in frame.via:
                if frame.source is not None and relay.source[0] <= frame.source[0] < relay.source[1] < frame.source[1]:
                    rest = index_at(tokens, relay.source[1])
                    if rest < len(tokens) and tokens[rest].start < frame.source[1]:
                        frame.source = (tokens[rest].start, frame.source[1])

    def _nested_in_outlets(self, text: str, frames: list[Frame], tokens: list[Token]) -> None:
        """A statement reported inside an outlet's report ("Bloomberg reported that officials said …") goes via the
        outlet; both frames stay (each is an attribution of its own), and only an outlet relays this way, not a
        person who repeats another ("the minister said officials said …"), nor a closing credit ("…, según el cual
        …, destacó AFP")."""
        for outer in frames:
            if outer.cue is None or outer.source is None or not outer.content:
                continue
            k = index_at(tokens, outer.source[0])
            while k < len(tokens) and tokens[k].pos == "DET":
                k += 1
            known = self._known(text, tokens, k) if k < len(tokens) else None
            if known is None or known[1] or known[0][1] != outer.source[1]:
                continue
            for inner in frames:
                if inner is outer or inner.cue is None or inner.source is None:
                    continue
                spans = [inner.cue, inner.source, *inner.content]
                nested = all(any(c[0] <= s[0] and s[1] <= c[1] for c in outer.content) for s in spans)
                # the report opens on its cue ("X reported that …"; a closing "…, destacó AFP" credits the wire),
                # and the inner source names someone (not "el cual", "who")
                nested = nested and outer.cue[1] <= min(s[0] for s in spans)
                nested = nested and tokens[index_at(tokens, inner.source[0])].pos not in ("PRON", "DET")
                if nested and not any(_overlaps(outer.source, relay.source) for relay in inner.via):
                    inner.via.append(RelaySpan(outer.source, outer.cue, outer.cue_lemma))

    def as_relays(self, text: str, frames: list[Frame], tokens: list[Token]) -> list[Frame]:
        """A statement's content ending in an "as" clause that names an outlet ("…, as Reuters reported", "…, comme
        l'a rapporté Le Monde", "…, como informó la agencia EFE"): the outlet is its relay, the clause leaves the
        content, and a frame the parse built inside that clause (often with a wrong subject) is dropped."""
        tails: list[Span] = []
        for frame in frames:
            if frame.cue is None or frame.source is None or not frame.content:
                continue
            start, end = frame.content[-1]
            first, stop = index_at(tokens, start), index_at(tokens, end)
            for k in range(first + 1, stop - 1):
                if tokens[k].text.lower() not in self.row.as_words or tokens[k - 1].text != ",":
                    continue
                tail = tokens[k + 1 : stop]
                if len(tail) > MAX_AS_TOKENS or not any(t.pos in ("VERB", "AUX") for t in tail):
                    break
                name = next(
                    (
                        found
                        for j in range(k + 1, stop)
                        if tokens[j].pos not in ("VERB", "AUX", "PRON", "ADV")
                        and (found := self._name(text, tokens, j, "outlet")) is not None
                        and found[1] <= end
                    ),
                    None,
                )
                if name is None:
                    break
                frame.via.insert(0, RelaySpan(name))
                frame.content[-1] = (start, tokens[k - 2].end if k >= 2 else start)
                tails.append((tokens[k].start, end))
                break
        return [
            frame
            for frame in frames
            if frame.cue is None or not any(t_start <= frame.cue[0] < t_end for t_start, t_end in tails)
        ]

    def cite(self, text: str, frames: list[Frame], tokens: list[Token]) -> list[Frame]:
        """Frames with "citing X" folded in: X becomes the source and the reporter its relay.

        Frames whose cue is the citing word itself (the English parse may propose "citing" as a cue) are dropped.
        """
        if self.citing is None:
            return frames
        kept = []
        for frame in frames:
            if frame.cue is not None and self.citing.fullmatch(" " + text[frame.cue[0] : frame.cue[1]]):
                frame = self._cited_frame(text, frame, tokens)
                if frame is not None:
                    kept.append(frame)
                continue
            kept.append(frame)
            if frame.cue is None or frame.source is None:
                continue
            anchor = max(frame.cue[1], frame.source[1])
            for match in self.citing.finditer(text, anchor, min(len(text), anchor + 60)):
                cited = self._phrase(tokens, index_at(tokens, match.end()))
                if cited is None:
                    continue
                frame.via.insert(0, RelaySpan(frame.source, frame.cue, frame.cue_lemma))
                frame.source = cited
                frame.content = cut_spans(text, frame.content, [(match.start(), cited[1])])
                break
            else:
                cited = self._cited_opener(text, frame, tokens)
                if cited is not None:
                    frame.via.insert(0, RelaySpan(frame.source, frame.cue, frame.cue_lemma))
                    frame.source = cited
        return kept

    def _cited_opener(self, text: str, frame: Frame, tokens: list[Token]) -> Span | None:
        """The phrase a sentence opens "citing" with, a comma between it and the reporter before its cue ("Citing
        two sources familiar with the talks, Axios reported …", "Citant des sources proches du dossier, Le Monde
        affirme …"), or in verb-second order with the cue right after it ("Unter Berufung auf Regierungskreise
        meldete Reuters, …"): it is the source, as "…, citing X" after the cue is, when it names one (a name or a
        speaker noun: "Citing the heat, organisers said …" cites a reason)."""
        assert self.citing is not None and frame.source is not None and frame.cue is not None
        if frame.source[1] <= frame.cue[0]:
            start = index_at(tokens, frame.source[0])
            if start < 2 or tokens[start - 1].text != ",":
                return None
            last = start - 2
        else:
            start = index_at(tokens, frame.cue[0])
            last = start - 1
        k = start - 1
        while k > 0 and start - k <= MAX_CITED_TOKENS + 3 and tokens[k - 1].text not in SENTENCE_ENDS:
            k -= 1
        if k > 0 and tokens[k - 1].text not in SENTENCE_ENDS:
            return None
        match = self.citing.match(text, tokens[k].start)
        if match is None or match.end() == tokens[k].start:
            return None
        cited = self._phrase(tokens, index_at(tokens, match.end()))
        if cited is None or cited[1] != tokens[last].end:
            return None
        words = self.row.speakers
        nouns = words.title_nouns | words.source_nouns | words.body_nouns | words.government_nouns | words.outlet_nouns
        phrase = tokens[index_at(tokens, cited[0]) : last + 1]
        named = any(
            t.pos == "PROPN" or t.lemma.lower() in nouns or compound_entry(t.lemma.lower(), nouns) for t in phrase
        )  # "Regierungskreise": the compound's last part heads it
        return cited if named and not self._articled_unknown_word(text[match.start() : cited[0]], phrase) else None

    def _articled_unknown_word(self, opener: str, phrase: list[Token]) -> bool:
        """Whether a cited phrase is one capitalised word after an article, in a language that writes no article
        before a person's name, after an opener of :data:`REASON_CITING`, and neither the tagger's lexicon nor the
        gazetteer knows it ("Mit Verweis auf den Lockdown ruft Bischof X … auf": a topic the tagger guessed a name,
        not a source the bishop relays; "unter Berufung auf die Stiko" names a body the lexicon lacks)."""
        words = self.row.speakers
        if not words.capitalises_nouns or len(phrase) != 1 or phrase[0].pos != "PROPN":
            return False
        if not REASON_CITING.intersection(opener.lower().split()):
            return False  # "Unter Berufung auf die Stiko berichtet …": invoked as an authority, a source
        article = opener.split()[-1:]
        if not article or article[0].lower() not in words.determiners:
            return False
        from sift.attribution.german import lexicon_tag

        word = phrase[0].text
        if word.isupper():
            return False  # "mit Verweis auf das RKI": a body's acronym
        known = self.gazetteer.is_outlet(word) or self.gazetteer.is_body(word) or self.gazetteer.state(word)
        return lexicon_tag(word) is None and not known

    def _cited_frame(self, text: str, frame: Frame, tokens: list[Token]) -> Frame | None:
        """A frame the parse built on "citing" itself ("Reuters reported, citing three sources, that …"): the
        cited phrase is the source and the reporter its relay; ``None`` when nothing but the phrase is left."""
        assert frame.cue is not None
        cited = self._phrase(tokens, index_at(tokens, frame.cue[1]))
        if cited is None or frame.source is None:
            return None
        content = cut_spans(text, frame.content, [cited])
        if content == frame.content and any(start <= cited[0] < end for start, end in content):
            return None
        if any(start < cited[1] and cited[0] < end for start, end in content):
            return None  # the content is the cited phrase alone: no statement left
        via = [RelaySpan(frame.source), *frame.via]
        return Frame(frame.cue, content, cited, frame.cue_lemma, via, frame.score)

    def _after(self, text: str, frame: Frame, tokens: list[Token]) -> tuple[RelaySpan, Span] | None:
        """A relay right after the cue (or after a source that follows it), and the words naming it ("a El País")."""
        assert frame.cue is not None
        anchors = [frame.cue[1]]
        if frame.source is not None and frame.source[0] >= frame.cue[1]:
            anchors.append(frame.source[1])  # "dijo el ministro a El País"
        elif frame.source is not None and frame.source[1] < frame.cue[0]:
            anchors.append(frame.source[1])  # a verb-final clause: "wie Brancheninsider gegenüber ET-News berichten"
        for anchor in anchors:
            start = index_at(tokens, anchor)
            while start < len(tokens) and tokens[start].text.lower() in self.row.skip_words:
                start += 1
            aside = _past_aside(tokens, start) if anchor != frame.cue[1] else None
            # a bare dative after an aside only where the aside is a name ("sagte die Vorsitzende, Alena Buyx, der
            # dpa", "dijo la vicepresidenta, María Jesús Montero, a la Cadena SER"); after other asides it may be the
            # aside's own ("…, Chef der Bank, der …")
            named = aside is not None and _names_only(tokens, start + 1, aside - 2)
            if aside is not None:  # "a souligné X, du CNRS, dans un entretien au Figaro": the phrase after an aside
                start = aside
            if start >= len(tokens) or (tokens[start].pos == "PUNCT" and tokens[start].text not in OPENING_QUOTES):
                continue
            position = tokens[start].start
            patterns = (
                (self.phrases, "any"),
                (self.platforms, "platform"),
                (self.broadcasts, "outlet"),
                (self.datives, "outlet"),
            )
            for pattern, wants in patterns[:3] if aside is not None and not named else patterns:
                match = pattern.match(text, position) if pattern is not None else None
                if match is None:
                    continue
                explicit = match.end() > match.start()
                # where every noun is capitalised a quoted title after "in" may be a treaty's or a book's ("schreiben
                # Berlin und Paris im „Aachener Vertrag“"): only a known outlet is read there
                titled = explicit and not (pattern is self.broadcasts and self.row.speakers.capitalises_nouns)
                name = self._name(text, tokens, index_at(tokens, match.end()), wants, quoted_outlet=titled)
                if name is None and pattern is self.datives and self._addresses(text, match):
                    name = _recipient(tokens, index_at(tokens, match.end()), self.row.speakers.determiners)
                # a relay is never inside the quotation it passes on ('The sign said "No Entry"'); content that
                # runs from the cue holds the relay's own words until they are cut ("escribió en Twitter: «…»")
                inside = name is not None and any(_quotes(text, span, name) for span in frame.content)
                if name is not None and not _overlaps(name, frame.source) and not inside:
                    closed = text[name[1] : name[1] + 1] in CLOSING_QUOTES  # the words end past a quoted name's mark
                    return RelaySpan(name), (position, name[1] + closed)
        return None

    def _addresses(self, text: str, match: re.Match[str]) -> bool:
        """Whether a dative's words open with a preposition that names whom the speaker addressed ("gegenüber")."""
        words = text[match.start() : match.end()].split()
        return bool(words) and words[0].lower() in self.row.recipient_prepositions

    def _opener(self, text: str, frame: Frame, tokens: list[Token]) -> RelaySpan | None:
        """An interview or platform phrase opening the sentence before a source that precedes its cue ("En
        declaraciones a Onda Cero, X defendió …", "Em entrevista à GloboNews, X afirmou …", "W rozmowie z RMF FM X
        stwierdził …"): the outlet is the relay, as it is after the cue ("dijo X a Onda Cero"). A source that runs
        from inside the phrase (no comma after the outlet) starts after the outlet's name."""
        if frame.source is None or frame.cue is None:
            return None
        first = min(frame.source[0], frame.cue[0])  # "Im Gespräch mit der Zeit sagte der Minister": the cue
        start = k = index_at(tokens, first)
        while k > 0 and start - k < MAX_OPENER_TOKENS and tokens[k - 1].text not in SENTENCE_ENDS:
            k -= 1
        if k > 0 and tokens[k - 1].text not in SENTENCE_ENDS:
            return None
        # a dative opening a verb-second sentence ("Dem Sender NDR sagte Ministerpräsident X"): an outlet was told
        for pattern, wants in ((self.phrases, "any"), (self.platforms, "platform"), (self.datives, "outlet")):
            match = pattern.match(text, tokens[k].start) if pattern is not None and k < len(tokens) else None
            if match is None or match.end() == tokens[k].start:
                continue
            name = self._name(text, tokens, index_at(tokens, match.end()), wants)
            if name is None or name[1] >= frame.source[1] or name[1] > frame.cue[0]:
                continue
            if name[1] <= first:
                between = text[name[1] : first].strip(" ,\xa0")  # a quoted name's closing mark ("dem „Spiegel“")
                quoted = between in CLOSING_QUOTES and _quoted_before(text, name)
                return RelaySpan(name) if not between or quoted else None
            if not any(c.isalnum() for c in text[name[1] : frame.source[1]]):
                return None  # "Der „Spiegel“ berichtete": the outlet, its closing mark left, is the whole source
            rest = index_at(tokens, name[1])  # "rozmowie z RMF FM Szymon Hołownia": the source is the rest
            frame.source = (tokens[rest].start, frame.source[1])
            return RelaySpan(name)
        return None

    def trim_according(self, text: str, frames: list[Frame], tokens: list[Token]) -> None:
        """An "according to" source that runs into the clause's subject ("Według PAP minister zdrowia Adam
        Niedzielski powiedział …", no comma) ends with the outlet it starts with; one that opens with a verb
        ("según informó el Indec") starts at the verb's subject."""
        for frame in frames:
            if frame.source is None or (frame.cue_lemma or "") not in ACCORDING_LEMMAS:
                continue
            first = index_at(tokens, frame.source[0])
            # the table tagger's languages only: a parser's "according to leaked documents" opens with no verb
            subject = _after_verb(tokens, first, frame.source[1], self.row) if self.row.tagger is not None else first
            if subject > first:
                frame.source, first = (tokens[subject].start, frame.source[1]), subject
            known = self._known(text, tokens, first) if first < len(tokens) else None
            if known is not None and known[0][1] < frame.source[1]:
                frame.source = known[0]

    def _report_issuer(self, text: str, tokens: list[Token], span: Span) -> Span | None:
        """The outlet a report is in or by ("according to a report in the Financial Times", "selon un article du
        Monde"): a document noun, one preposition, then an outlet's name that ends the span."""
        speakers = self.row.speakers
        k, end = index_at(tokens, span[0]), span[1]
        while k < len(tokens) and (tokens[k].pos == "DET" or tokens[k].text.lower() in speakers.determiners):
            k += 1
        nouns = speakers.document_nouns | REPORT_NOUNS
        if k + 2 >= len(tokens) or not (tokens[k].text.lower() in nouns or tokens[k].lemma.lower() in nouns):
            return None
        if tokens[k + 1].pos != "ADP" and tokens[k + 1].text.lower() not in self.row.genitive_words:
            return None
        name = self._name(text, tokens, k + 2, "outlet")
        # the name ends the span, but for the quotation mark closing a title ("eines Berichts der „Financial Times“")
        return name if name is not None and not text[name[1] : end].strip('“”"»‘’ ') else None

    def _split_source(self, text: str, frame: Frame, tokens: list[Token]) -> RelaySpan | None:
        """An outlet inside an inverted source: "sagte der dpa ein Sprecher", "sagte Lucke der Deutschen
        Presse-Agentur", "powiedział PAP minister": the outlet is the relay, the rest the source."""
        if frame.source is not None and frame.cue is not None and frame.source[1] <= frame.cue[0]:
            return self._before_cue(text, frame, tokens)
        if frame.source is None or frame.cue is None or frame.source[0] < frame.cue[1]:
            return None
        first = index_at(tokens, frame.source[0])
        last = index_at(tokens, frame.source[1]) - 1
        for k in range(first, last + 1):
            match = self.datives.match(text, tokens[k].start) if self.datives is not None else None
            if match is None or (k > first and match.end() == tokens[k].start):
                continue  # inside the source a dative needs its word ("der", "a"), not the bare form
            explicit = match.end() > match.start()
            if explicit and (frame.cue_lemma or "") in ACCORDING_LEMMAS:
                continue  # "laut der „Wahren Tabelle“ Eintracht Frankfurt": the case "laut" governs, no one was told
            name = self._name(text, tokens, index_at(tokens, match.end()), "outlet", quoted_outlet=explicit)
            if name is None or name[1] > frame.source[1]:
                continue
            if k == first and not any(c.isalnum() for c in text[name[1] : frame.source[1]]):
                # the outlet is the whole source, its closing mark left ("Laut dem „Handelsblatt“"), unless the
                # subject follows it ("sagte der dpa ein Sprecher der Stadt")
                subject = _subject_after(tokens, index_at(tokens, frame.source[1]), self.row.nominative_openers)
                if subject is None or (frame.cue_lemma or "") in ACCORDING_LEMMAS:
                    return None
                frame.source = subject
                return RelaySpan(name)
            if k == first and name[1] < frame.source[1]:
                rest = index_at(tokens, name[1])
                while rest + 1 < len(tokens) and tokens[rest].text in CLOSING_QUOTES:  # "sagte dem „Spiegel“ der …"
                    rest += 1
                frame.source = (tokens[rest].start, frame.source[1])
                return RelaySpan(name)
            if k > first:
                frame.source = (frame.source[0], tokens[k - 1].end)
                return RelaySpan(name)
        return None

    def _before_cue(self, text: str, frame: Frame, tokens: list[Token]) -> RelaySpan | None:
        """A dative outlet ending right before a verb-final cue ("wie Quellen aus dem Umfeld von Apple der
        Nachrichtenagentur berichteten"): the relay, cut from the source. After a common noun the article may be
        a genitive ("wie der Sprecher der Zeitung sagte": the paper's spokesman), so only a name, pronoun or adverb
        may precede it."""
        assert frame.source is not None and frame.cue is not None
        if self.datives is None:
            return None
        first, cue = index_at(tokens, frame.source[0]), index_at(tokens, frame.cue[0])
        for k in range(first + 1, cue):
            match = self.datives.match(text, tokens[k].start)
            if match is None or match.end() == tokens[k].start:
                continue
            if tokens[k - 1].pos in ("NOUN", "ADJ", "DET", "ADP") and not _names_its_body(tokens[k - 1]):
                continue
            name = self._name(text, tokens, index_at(tokens, match.end()), "outlet", quoted_outlet=True)
            if name is None or index_at(tokens, name[1]) != cue:
                continue
            if tokens[k - 1].end > frame.source[0] and tokens[k].start < frame.source[1]:
                frame.source = (frame.source[0], tokens[k - 1].end)
            return RelaySpan(name)
        return None

    def _name(self, text: str, tokens: list[Token], k: int, wants: str, *, quoted_outlet: bool = False) -> Span | None:
        """The name read from token ``k``: [articles] [description ending in an outlet noun] then a quoted or
        capitalised name; ``wants`` is ``outlet`` (a known outlet, or a name after an outlet noun: "the newspaper
        El Mundo", "der Zeitung"), ``platform`` or ``any``."""
        if k >= len(tokens):
            return None
        known = self._known(text, tokens, k)  # "El País", "The Guardian", "Le Monde" keep their article
        if k > 0 and tokens[k - 1].pos == "DET" and tokens[k - 1].text[:1].isupper():
            # "en una entrevista con El Mundo": the phrase's optional article was the outlet's own
            known = self._known(text, tokens, k - 1) or known
        speakers = self.row.speakers
        while (
            known is None
            and k < len(tokens)
            and (tokens[k].pos == "DET" or tokens[k].text.lower() in speakers.determiners)
        ):
            k += 1
            known = self._known(text, tokens, k) if k < len(tokens) else None
        described = modifier = None  # a capitalised modifier names the outlet with its noun ("US media")
        common_modifier = False  # a lower-case noun before the outlet noun: "state news agency", "policy paper"
        name_start = k
        for _ in range(MAX_DESCRIPTION_TOKENS):
            if known is not None or k >= len(tokens) or tokens[k].text in OPENING_QUOTES:
                break
            word, pair = tokens[k], " ".join(t.text.lower() for t in tokens[k : k + 2])
            if pair in speakers.outlet_nouns:
                described, k = described or modifier or tokens[k].start, k + 1
            elif word.lemma.lower() in speakers.outlet_nouns or word.text.lower() in speakers.outlet_nouns:
                described = described or modifier or word.start
            elif described is None and (word.pos in ("ADJ", "PROPN") and word.text[:1].isupper()):
                modifier = modifier or word.start  # "der Deutschen Presse-Agentur", "told US media"
            elif described is not None and _genitive_complement(tokens, k, self.row.genitive_words):
                k += 1  # "l'agence de presse d'État RIA Novosti": the noun's complement, then the name
            elif described is None and word.pos == "NOUN" and word.text.islower():
                common_modifier, modifier = True, None  # "the state news agency RIA Novosti"
            elif not (word.pos == "ADJ" or (described is not None and word.pos in ("NOUN", "ADJ", "DET"))):
                break
            else:
                modifier = None
            k += 1
            known = self._known(text, tokens, k) if k < len(tokens) else None
        if known is not None:
            span, is_platform = known
            return span if wants == "any" or (wants == "platform") == is_platform else None
        if described is None:
            k = name_start  # the capitalised words were a name, not modifiers of an outlet noun
        if wants == "platform" or k > len(tokens):
            return None
        quoted = _quoted(tokens, k) if k < len(tokens) else None
        if quoted is not None and not _title_like(text[quoted[0] : quoted[1]]):
            quoted = None  # 'The sign said "No entry after 6pm"': a quotation, no title
        name = (quoted or _capitalised(tokens, k)) if k < len(tokens) else None
        first = tokens[k].text.lower() if k < len(tokens) else ""
        if quoted is None and first in self.row.time_words and first not in speakers.determiners:
            name = None  # "told the newspaper Monday that …": the day it was told ("au quotidien Le Parisien" is one)
        if wants == "outlet" and described is None:
            # "told the Sahan Journal"; a title in quotes after a dative's own word is a paper's or a programme's
            # whatever its last word ("sagte X der „Frankfurter Allgemeinen Sonntagszeitung“"; not English "said the
            # “War On Drugs” …", whose dative has no word: PolNeAR dev)
            outlet_like = name is not None and (
                (quoted is not None and quoted_outlet) or self.gazetteer.ends_like_outlet(text[name[0] : name[1]])
            )
            return name if outlet_like else None
        if name is None and described is not None and not common_modifier:
            # "told the newspaper", "sagte er der Zeitung"; a noun before it names a document only, unless a name
            # follows ("issued a policy paper welcoming …": PolNeAR dev)
            return (described, tokens[k - 1].end)
        return name

    def _known(self, text: str, tokens: list[Token], k: int) -> tuple[Span, bool] | None:
        """The longest known outlet or platform starting at token ``k`` (quoted or not), and whether a platform."""
        inner = k + 1 if tokens[k].text in OPENING_QUOTES else k
        if inner >= len(tokens) or not tokens[inner].text[:1].isalnum():
            return None
        for size in range(min(MAX_NAME_TOKENS, len(tokens) - inner), 0, -1):
            if not tokens[inner + size - 1].text[-1:].isalnum():
                continue
            span = (tokens[inner].start, tokens[inner + size - 1].end)
            name = text[span[0] : span[1]]
            if inner == k and name.islower() and _common_words(name, self.row.code):
                continue  # "Według Anny Nowak reforma nie …": a common noun, no paper ("Reforma") the list holds
            for candidate in (name, tokens[inner].lemma if size == 1 else name):
                if self.gazetteer.is_outlet(candidate):
                    return self._outlet_head_after(text, tokens, inner + size, span), False
                if self.gazetteer.is_platform(candidate):
                    return span, True
            fused = inner > 0 and tokens[inner - 1].text.lower() in FUSED_ARTICLES and name[:1].isupper()
            if fused and fused_outlet_article(name, self.row.speakers.determiners, self.gazetteer) is not None:
                return span, False
        return None

    def _outlet_head_after(self, text: str, tokens: list[Token], k: int, span: Span) -> Span:
        """A known outlet's span with the capitalised word after it that ends an outlet's name ("Bloomberg News",
        "Reuters TV" where the list holds only the first word)."""
        if k >= len(tokens) or tokens[k].start != span[1] + 1 or not tokens[k].text[:1].isupper():
            return span
        longer = (span[0], tokens[k].end)
        return longer if self.gazetteer.ends_like_outlet(text[longer[0] : longer[1]]) else span

    def _phrase(self, tokens: list[Token], k: int) -> Span | None:
        """The noun phrase a reporter cites: up to a stop, a complementiser or a verb ("three sources", "officials
        familiar with the matter", "Regierungskreise")."""
        first = k
        while k < len(tokens) and k - first < MAX_CITED_TOKENS:
            token = tokens[k]
            if token.text in NAME_STOPS or token.pos in ("VERB", "AUX", "SCONJ") or token.text.lower() == "that":
                break
            k += 1
        if k == first:
            return None
        return (tokens[first].start, tokens[k - 1].end)


#: Tokens an appositive between a source after its cue and an interview phrase may span (", du CNRS,").
MAX_ASIDE_TOKENS = 6


def _past_aside(tokens: list[Token], start: int) -> int | None:
    """The token after a short appositive set off by commas right at ``start`` (", du CNRS, | dans un entretien"),
    or after the comma alone when nothing closes one; ``None`` when no comma opens one."""
    if start >= len(tokens) or tokens[start].text != ",":
        return None
    for k in range(start + 1, min(len(tokens), start + 2 + MAX_ASIDE_TOKENS)):
        if tokens[k].text == ",":
            return k + 1
        if tokens[k].text in SENTENCE_ENDS:
            break
    return start + 1


def _names_only(tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``first`` .. ``last`` are a name: capitalised words, with the lower-case particles of a name
    between them ("Alena Buyx", "Luis de Guindos")."""
    if first > last or not (tokens[first].text[:1].isupper() and tokens[last].text[:1].isupper()):
        return False
    return all(
        (tokens[k].pos in ("PROPN", "X") and tokens[k].text[:1].isupper()) or tokens[k].text in NAME_PARTICLES
        for k in range(first, last + 1)
    )


def _genitive_complement(tokens: list[Token], k: int, genitive_words: frozenset[str]) -> bool:
    """Whether token ``k`` opens a one-noun complement of an outlet noun ("agence de presse", "agence d'État"):
    a genitive word, then a noun that is no name of its own (a capitalised one only before more of the name)."""
    if k + 2 >= len(tokens) or tokens[k].text.lower() not in genitive_words:
        return False
    noun, after = tokens[k + 1], tokens[k + 2]
    return noun.pos in ("NOUN", "PROPN") and (noun.text.islower() or after.text[:1].isupper())


def _overlaps(span: Span, other: Span | None) -> bool:
    return other is not None and span[0] < other[1] and other[0] < span[1]


def _quoted(tokens: list[Token], k: int) -> Span | None:
    """A quoted name ("„Rzeczpospolitej”"), without its marks."""
    if tokens[k].text not in OPENING_QUOTES:
        return None
    end = next(
        (j for j in range(k + 1, min(len(tokens), k + 2 + MAX_NAME_TOKENS)) if tokens[j].text in CLOSING_QUOTES), None
    )
    if end is None or end == k + 1:
        return None
    return (tokens[k + 1].start, tokens[end - 1].end)


def _quotes(text: str, content: Span, name: Span) -> bool:
    """Whether the content span is a quotation (it opens with a quotation mark) that holds ``name``."""
    return content[0] <= name[0] and name[1] <= content[1] and text[content[0]] in OPENING_QUOTES


def _title_like(name: str) -> bool:
    """Whether quoted words may be a paper's or a programme's title: its first and last words capitalised ("Bild am
    Sonntag", "Meet the Press")."""
    words = name.split()
    return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper()


def _quoted_before(text: str, name: Span) -> bool:
    """Whether an opening quote stands right before ``name`` (a title :func:`_quoted` read without its marks)."""
    return text[: name[0]].rstrip()[-1:] in OPENING_QUOTES


def _capitalised(tokens: list[Token], k: int) -> Span | None:
    """A run of capitalised words, joined by "de"/"of"/"della" (ending on a capitalised word)."""
    last = None
    j = k
    while j < len(tokens) and j - k < MAX_NAME_TOKENS:
        word = tokens[j].text
        if word[:1].isupper() or (word[:1].isdigit() and last is not None):
            last = j
        elif not (word.lower() in NAME_JOINERS and last is not None):
            break
        j += 1
    return (tokens[k].start, tokens[last].end) if last is not None else None


#: The longest acronym read as the one a speaker addressed ("gegenüber TE", "gegenüber dem MDR").
MAX_ACRONYM_LETTERS = 6


def _recipient(tokens: list[Token], k: int, determiners: frozenset[str]) -> Span | None:
    """The one addressed after "gegenüber", outlet list or not: an acronym ("TE") or a quoted name ("gegenüber der
    „Rheinpfalz“"), after an article; a capitalised word may be a person or a place the speaker faced, so it is not
    read ("gegenüber Merkel", "gegenüber Frankreich")."""
    while k < len(tokens) and (tokens[k].pos == "DET" or tokens[k].text.lower() in determiners):
        k += 1
    if k >= len(tokens):
        return None
    quoted = _quoted(tokens, k)
    if quoted is not None:
        return quoted
    word = tokens[k].text
    acronym = word.isupper() and word.isalpha() and 2 <= len(word) <= MAX_ACRONYM_LETTERS
    following = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if not acronym or following[:1].isupper():
        return None  # "gegenüber TE" closes its name; "gegenüber EU Kommissar X" goes on to another
    return tokens[k].start, tokens[k].end


def names_outlet(gazetteer: Gazetteer, text: str, span: Span) -> bool:
    """Whether the source ``span`` names an outlet, after up to :data:`MAX_DESCRIPTION_TOKENS` words of article
    and description ("Reuters", "die dpa", "l'AFP", "la agencia EFE", "the state news agency RIA Novosti")."""
    words = _OUTLET_WORDS.split(text[span[0] : span[1]].strip())
    return any(gazetteer.is_outlet(" ".join(words[k:])) for k in range(min(len(words), MAX_DESCRIPTION_TOKENS + 1)))


def relay_reader(lang: str, gazetteer: Gazetteer) -> RelayReader | None:
    """The relay reader of a language row (``None`` for a language without one)."""
    row = LANGUAGES.get(lang)
    if row is None:
        return None
    return RelayReader(
        row=row,
        gazetteer=gazetteer,
        datives=_pattern(row.relay_datives),
        phrases=_pattern(row.relay_phrases),
        platforms=_pattern(row.platform_prepositions),
        citing=_pattern(row.citing),
        broadcasts=_pattern(row.broadcast_prepositions),
    )


def _subject_after(tokens: list[Token], start: int, openers: frozenset[str]) -> Span | None:
    """The noun phrase a nominative article opens at ``start`` ("ein Sprecher der Stadt", "eine Sprecherin"), up to
    its clause's next punctuation or verb, or ``None``."""
    if start >= len(tokens) or tokens[start].text.lower() not in openers:
        return None
    end = start + 1
    while end < len(tokens) and tokens[end].sentence == tokens[start].sentence:
        if tokens[end].pos in ("PUNCT", "VERB", "AUX", "SCONJ", "CCONJ", "ADP", "ADV"):
            break
        end += 1
    if end == start + 1 or not any(t.pos in ("NOUN", "PROPN") for t in tokens[start + 1 : end]):
        return None
    return tokens[start].start, tokens[end - 1].end


def _after_verb(tokens: list[Token], first: int, end: int, row: Language) -> int:
    """The index of the subject after a verb opening a span that ends at offset ``end`` ("informó | el Indec",
    "dijo | el ministro"), also after a relative for "what" before the verb and an agent's preposition after a
    participle ("quanto riporta | l'Ansa", "quanto riportato dal | Corriere") or a source's preposition after the
    verb ("según explicaron desde | el Ministerio"), or ``first`` when the span opens with no verb or is only one."""
    k = first
    while k < len(tokens) and tokens[k].start < end and tokens[k].text.lower() in row.report_relatives:
        k += 1
    if k >= len(tokens) or tokens[k].pos not in ("VERB", "AUX"):
        return first
    # "ha podido saber | El Confidencial": the infinitive of a verb of finding out, which a tagger may call a noun
    while (
        k < len(tokens)
        and tokens[k].start < end
        and (tokens[k].pos in ("VERB", "AUX") or tokens[k].lemma.lower() in row.learning_lemmas)
    ):
        k += 1
    if k < len(tokens) and tokens[k].text.lower() in row.agent_prepositions | row.source_prepositions:
        k += 1
    return k if k < len(tokens) and tokens[k].start < end else first


#: Spokespersons in German, who a compound may tie to their body ("Polizeisprecher", "Regierungssprecherin").
_SPOKESPERSONS = ("sprecher", "sprecherin")
#: First parts of a spokesperson's compound that name a kind of job or of company, no body: the body follows in
#: the genitive ("eine Pressesprecherin der ARD", "ein Unternehmenssprecher der Süddeutschen Zeitung").
_NO_BODY_PARTS = ("presse", "medien", "unternehmens", "konzern", "firmen", "verlags", "sender")


def _names_its_body(noun: Token) -> bool:
    """Whether a German spokesperson's compound names the body they speak for ("Polizeisprecher"): an article
    after it opens a dative, no genitive ("wie ein Polizeisprecher der Deutschen Presse-Agentur sagte": told the
    agency; "wie der Sprecher der Zeitung sagte", "wie eine Pressesprecherin der ARD sagte": the paper's, the
    broadcaster's spokesperson, :data:`_NO_BODY_PARTS`)."""
    lowered = noun.text.lower()
    if lowered.startswith(_NO_BODY_PARTS):
        return False
    return lowered.endswith(_SPOKESPERSONS) and not lowered.startswith(_SPOKESPERSONS)
