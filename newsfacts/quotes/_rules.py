"""The quote rules: direct quotes by their marks, reported speech by its verbs.

Every candidate carries the offset of its cue; speakers are resolved in cue order so
that a pronoun (``katanya``, ``Ia menjelaskan``) can refer to the latest speaker or
sentence subject before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import attrs
import regex

from newsfacts._lexicon import alternation, find_words, first_words, lazy, lazy_at_end, load, normalize
from newsfacts._text import (
    AUXILIARIES,
    DATELINE,
    DATELINE_REACH,
    PREDICATE_WORD,
    SPEECH_DATE_REACH,
    TIME_CONJUNCTIONS,
    Article,
    Inside,
    QuoteRegion,
    Sentences,
    any_between,
    first_at_or_after,
    past_connectives,
    trim,
)
from newsfacts.model import DateMention, Grain, Quote, Span
from newsfacts.people._index import ORG_HEADS, PRONOUNS, UNNAMED_HEADS, Role, role
from newsfacts.people._refer import DEMONSTRATIVES, PERSON_NOUNS, THEY, Resolver, Source, unnamed

__all__ = ["find_quotes"]

_LEX = load("quotes")
_CUES = alternation(_LEX["direct_cues"])
_VERBS = alternation(_LEX["reported_verbs"])
_LINKS = alternation(_LEX["reported_links"])
_ADVERBS = alternation(_LEX["adverbs"])
_SOURCES = alternation(_LEX["source_cues"])
_PRONOUN = alternation(PRONOUNS)
_VERB_WORDS = first_words(_LEX["reported_verbs"])
_CUE_REACH = 80  # longer than any cue before an opening mark ("menegaskan pula bahwa, ")
_OBJECT_VERBS = frozenset(_LEX["object_verbs"])
# "... untuk memastikan pasokan aman", "guna menegaskan ...": a purpose, not a report.
_PURPOSE = lazy_at_end(
    rf"(?i)(?<![\p{{L}}])(?:{alternation(_LEX['purpose_words'])})(?:\s+\p{{Ll}}+){{0,6}}\s+$"
)
# A reported statement is a clause: a predicate within its first words, and not the verb
# of a relative clause ("minuman yang dijual bebas" is still a thing).
_CLAUSE = lazy(rf"(?:[^\s.;]+\s+){{0,8}}?(?<!yang\s){PREDICATE_WORD}")
_MARKS = '"\u201c\u201d'
_VERB_REACH = 200  # how far into a clause its reporting verb may stand
_CONNECTIVE_REACH = 60  # how long the connectives opening a sentence may be
_OPENER_WORDS = first_words(["menurut"], nya=True) | first_words(_LEX["source_cues"])
_TRAILING_WORDS = first_words(_LEX["direct_cues"], nya=True)
# "Hal itu dinilai Budi dapat menekan harga": the agent of a passive verb of judging holds
# the view the sentence states. Without an agent ("Harga diperkirakan naik") nobody does.
_PASSIVE_WORDS = first_words(_LEX["agentive_passives"])
_PASSIVE = lazy(
    rf"(?<![\p{{L}}])(?P<cue>{alternation(_LEX['agentive_passives'])})[ \t]+"
    rf"(?P<agent>\p{{Lu}}[\p{{L}}.'-]*(?:[ \t]+\p{{Lu}}[\p{{L}}.'-]*){{0,5}})[ \t]+(?={PREDICATE_WORD})"
)

_L = r"(?![\p{L}\p{N}])"
# A speaker named after a cue has at most this many capitalised words (title and name): a
# bound keeps a long run of capitals from being retried word by word.
_SPEAKER_WORDS = 16
# Right after a closing mark: `, kata X`, `ujarnya`, `demikian kata X`.
_CUE_AFTER = lazy(
    rf"[\s,]*(?:(?:demikian|begitu)\s+)?(?P<cue>(?i:{_CUES}))(?P<nya>nya)?{_L}"
    rf"(?:\s+(?P<pro>(?i:{_PRONOUN})){_L})?",
)
# Right before an opening mark: `X mengatakan, "`, `kata X, "`, `X: "`.
_CUE_BEFORE = lazy_at_end(
    rf"(?:(?P<verb>(?i:{_VERBS}|{_CUES}))(?P<nya>nya)?(?:\s+(?:{_LINKS}))?\s*[,:]?|(?P<colon>:))\s*$"
)
# What may open a sentence before its subject.
# "Menurut X, ...", "Menurutnya, ..." and, after a connective, "namun menurutnya ...".
# A source runs to its comma; a dot inside a word ("Kompas.com") does not end it.
_WHO = r"(?:[^,.\n]|\.(?=\p{L})){1,90}?"
_MENURUT = lazy(rf"(?P<cue>(?i:menurut)(?P<nya>nya)?)(?(nya)\s*,?\s*|\s+(?P<who>{_WHO})\s*,\s*)(?=\S)")
_SOURCE = lazy(rf"(?P<cue>(?i:{_SOURCES}))\s+(?P<who>{_WHO})\s*,\s*(?=\S)")
_REPORTED = lazy(
    rf"(?<![\p{{L}}])(?:(?:{_ADVERBS})\s+)*(?P<cue>(?:{_VERBS})){_L}(?:\s+lagi{_L})?\s*,?\s*"
    rf"(?:(?P<link>{_LINKS}){_L}\s*,?\s*)?"
)
_CIRCUMSTANCE = lazy(rf"\s(?:dalam|{TIME_CONJUNCTIONS})\s")
_APPOSITIVE = lazy(r"(?P<name>\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*){0,4})\s*,\s*(?=\S)")
# An unnamed source after a cue, in lower case up to its comma ("kata seorang staf"), or
# an account ("tulis akun Instagram @pengguna"). A capitalised word is left out: in
# "pengacara Rina" it may name the lawyer or the client.
_HANDLE = r"@[\w*]+(?:\.[\w*]+)*"
_UNNAMED_AFTER = lazy(
    rf"\s+(\p{{Ll}}+)(?:[ \t]+(?:\p{{Ll}}[\p{{L}}-]*|\p{{Lu}}\p{{L}}*(?=[ \t]+@)|{_HANDLE})){{0,4}}"
    r"(?=\s*[,.\n]|$)"
)
_HANDLE_AFTER = lazy(rf"\s+({_HANDLE})(?=\s*[,.\n]|$)")
# An unmarked trailing cue: "..., kata dia." / "Harga itu, kata dia, terlalu ...".
_TRAILING = lazy(
    rf",\s*(?P<cue>(?:{_CUES}))(?P<nya>nya)?{_L}(?P<who>(?:\s+\p{{Lu}}[\p{{L}}.]*){{1,{_SPEAKER_WORDS}}}|\s+(?i:{_PRONOUN}){_L})?\s*[,.]"
)
# The cue first, then its speaker and a comma: "Kata Rudi, ...", "Jadi, kata dia, ...".
_CUE_FIRST = lazy(
    rf"(?P<cue>(?i:{_CUES})){_L}(?P<who>(?:\s+\p{{Lu}}[\p{{L}}.]*){{1,{_SPEAKER_WORDS}}}|\s+(?i:{_PRONOUN}){_L})\s*,\s*(?=\S)"
)
# A lowercase word ends a speaker phrase after a cue ("kata Nehammer melalui Twitter").
# "dan" between capitalised words joins a title ("Kepala Dinas Kependudukan dan Pencatatan Sipil").
_PHRASE_END = lazy(
    # A name's particles and a title's joining words go on ("Head of Dolls", "Riset dan Data").
    rf"(?<=\s)(?!(?:{alternation(load('people')['particles'])})\s|(?:dan|and|of|for)\s+\p{{Lu}})\p{{Ll}}"
    r"|[.\n\"\u201c\u201d;]"
)
# "Hal tersebut disampaikan Menteri X": the sentences before are what X said.
_SUMMARY = lazy(
    rf"(?i:{alternation(_LEX['summary_subjects'])})\s+(?P<cue>(?i:{alternation(_LEX['summary_verbs'])}))"
    rf"{_L}(?:\s+oleh)?\s+(?=\p{{Lu}})"
)
# "Sebelumnya, ...": what happened before, told by the writer, not the summarised statement.
_BACKGROUND = lazy(r"(?i:sebelumnya|sebelum\s+itu)(?![\p{L}])")
_DASHES = ("-", "\u2013", "\u2014")
_SUMMARY_WORDS = first_words(_LEX["summary_subjects"])
_SUMMARY_SENTENCES = 2  # how many sentences back such a summary reaches
_ASIDE_END = lazy_at_end(r"\s*\([^()]*\)\s*$")
_MIN_DIRECT_WORDS = 4  # shorter marked text with no cue is a scare quote or a title
_MIN_CUED_WORDS = 3  # shorter marked text after a cue, with no punctuation, is a word said
# "Artinya: "..."": a translation or a reading, not speech.
_GLOSS = lazy_at_end(rf"(?i)(?<![\p{{L}}])(?:{alternation(_LEX['gloss_words'])})\s*:\s*$")
_MIN_REPORTED_WORDS = 3
# How far past a closing mark a cue and its speaker may stand. Every match is given an
# end position: the regex engine otherwise spends time proportional to the rest of the
# text on each call, which makes long documents quadratic.
_LOOKAHEAD = 200
_CLAUSE_JOIN = lazy(r",\s*(?:namun|tetapi|tapi|sedangkan|sementara|padahal)\s+")
# An organisation cited as a source: the capitalised words at the end of the phrase,
# joined by "&" or "dan" ("Florida Endocrinology & Diabetes Center").
_CITED = lazy_at_end(
    # An outlet may glue a lower-case brand to its desk ("kabarPagi").
    r"(?<![\p{L}\p{N}])\p{Ll}*\p{Lu}[\p{L}\p{N}.'-]*(?:\s+(?:&|dan|and|of|for)?\s*\p{Lu}[\p{L}\p{N}.'-]*)*\s*$"
)
_CITED_PREFIXES = tuple(_LEX["cited_prefixes"])
_PLATFORMS = frozenset(_LEX["platforms"])
# What a demonstrative may point back to as a speaker.
_SPEAKING_NOUNS = frozenset(_LEX["document_nouns"]) | PERSON_NOUNS | UNNAMED_HEADS
_POINTED_WORDS = 2  # "Panen itu"
_MAX_SUBJECT_WORDS = 20  # "Budi, pemilik toko yang ..., menyatakan"
_SUBJECT_WINDOW = 40 * _MAX_SUBJECT_WORDS  # no subject of that many words is longer


@attrs.define
class _Candidate:
    start: int
    end: int
    cue: Span | None
    direct: bool
    rule: str
    # Where the speaker phrase is, or None for a pronoun / elided subject.
    phrase: tuple[int, int] | None
    at: int  # the cue's offset: what a pronoun looks back from
    follows: bool = False  # continues the previous quote's speaker
    source: Source | None = None
    speech_date: str | None = None


def find_quotes(article: Article, dates: tuple[DateMention, ...], resolver: Resolver) -> Iterator[Quote]:
    """Every quote in the article, speaker resolved, in text order."""
    text, sentences, regions = article.text, article.sentences, article.regions
    direct = list(_direct(text, regions, sentences))
    reported = list(_reported(text, regions, sentences))
    reported += _summarised(text, regions, sentences, direct + reported)
    if article.promos:
        direct = [c for c in direct if not article.in_promo(c.start)]
        reported = [c for c in reported if not article.in_promo(c.start)]
    candidates = sorted(direct + reported, key=lambda c: c.at)
    speakers = _Speakers(resolver)
    for c in candidates:
        c.source = speakers.resolve(c)
    _carry_open_paragraphs(direct)
    for c in direct:
        c.speech_date = _speech_date(c, dates, sentences)
    for c in sorted(direct + reported, key=lambda c: c.start):
        source = c.source or Source(None, None)
        yield Quote(
            start=c.start,
            end=c.end,
            text=text[c.start : c.end],
            speaker=source.name,
            speaker_title=source.title,
            cue=c.cue,
            direct=c.direct,
            rule=c.rule,
            speech_date=c.speech_date,
        )


def _words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _direct(text: str, regions: list[QuoteRegion], sentences: Sentences) -> Iterator[_Candidate]:
    previous: QuoteRegion | None = None
    # The paragraph's start is carried from region to region (they come in text order), so
    # a long paragraph with many quotes is scanned once, not once per quote.
    para_start = scanned = 0
    for region in regions:
        para_start = text.rfind("\n", scanned, region.opening) + 1 or para_start
        scanned = region.opening
        start, end = trim(text, region.start, region.end)
        if end <= start:
            continue
        after = _CUE_AFTER.match(text, region.after, region.after + _LOOKAHEAD) if region.closed else None
        if after:
            cue_start, cue_end = after.start("cue"), after.end("nya") if after["nya"] else after.end("cue")
            cue = Span(cue_start, cue_end, text[cue_start:cue_end])
            phrase = None if after["nya"] or after["pro"] else _phrase_after(text, after.end(), sentences)
            candidate = _Candidate(
                start, end, cue, direct=True, rule="direct_cue_after", phrase=phrase, at=cue.start
            )
            described = (
                _UNNAMED_AFTER.match(text, after.end(), after.end() + _LOOKAHEAD)
                if phrase is None and not after["nya"] and not after["pro"]
                else None
            )
            handle = (
                _HANDLE_AFTER.match(text, after.end(), after.end() + _LOOKAHEAD)
                if not after["nya"] and not after["pro"]
                else None
            )
            if described:
                # "kata seorang staf dekatnya": an unnamed source, named as the article names it.
                candidate.source = unnamed(described.group().split())
            elif handle:
                candidate.source = Source(handle[1], None, person=False)  # "tulis @pengguna"
            yield candidate
            previous = region
            continue
        # The cue ends at the mark: look only as far back as the longest cue reaches.
        before = _CUE_BEFORE.search(text, max(para_start, region.opening - _CUE_REACH), region.opening)
        if before and (before["verb"] or before["colon"]):
            if _not_speech(text, start, end, before):
                continue
            s_start, _ = sentences.bounds(before.start())
            subject = _subject(text, max(s_start, para_start), before.start())
            cue_end = (
                before.end("nya") if before["nya"] else before.end("verb") if before["verb"] else before.end()
            )
            cue_start = before.start("verb") if before["verb"] else before.start("colon")
            cue = Span(cue_start, cue_end, text[cue_start:cue_end])
            phrase = None if before["nya"] or subject is None else subject
            yield _Candidate(
                start, end, cue, direct=True, rule="direct_cue_before", phrase=phrase, at=cue.start
            )
            previous = region
            continue
        # A quote that opens its paragraph, or its sentence where paragraphs were lost.
        lead_end = region.opening
        while lead_end > para_start and text[lead_end - 1].isspace():
            lead_end -= 1
        opens_paragraph = lead_end == para_start or text[lead_end - 1] in ".!?"
        split = previous is not None and _same_paragraph(text, previous, region) and previous.closed
        if (
            _words(text, start, end) >= _MIN_DIRECT_WORDS
            and (opens_paragraph or split)
            and not _titled(text, start, end)
            # "Terjemahannya:" closing the paragraph before: a gloss, not speech.
            and not _GLOSS.search(text, max(0, para_start - 40), para_start)
        ):
            yield _Candidate(
                start, end, None, direct=True, rule="direct_continued", phrase=None, at=start, follows=True
            )
            previous = region


def _not_speech(text: str, start: int, end: int, cue: regex.Match[str]) -> bool:
    """Whether marked text after a cue is no quote.

    A word or two said ("berkata "ya""), a title ("berharap "Hari Esok" laris") or a
    gloss ("Artinya: "...") is not speech.
    """
    if _words(text, start, end) < _MIN_CUED_WORDS and text[end - 1] not in ".,!?":
        return True
    if cue["colon"] and _GLOSS.search(text, max(0, cue.start() - 20), cue.end()):
        return True
    return _titled(text, start, end)


def _titled(text: str, start: int, end: int) -> bool:
    """Whether marked text with no cue is a title: every word capitalised, no sentence end.

    "Simak pula tayangan "Harga Beras Naik Lagi" berikut": a title, not a quote.
    """
    words = text[start:end].split()
    return text[end - 1] not in ".!?," and all(w[0].isupper() or not w[0].isalpha() for w in words)


def _same_paragraph(text: str, a: QuoteRegion, b: QuoteRegion) -> bool:
    return text.find("\n", a.after, b.opening) < 0


def _phrase_after(text: str, pos: int, sentences: Sentences) -> tuple[int, int] | None:
    """The speaker phrase after a cue: capitalised words up to the first lowercase word."""
    _, sentence_end = sentences.bounds(pos)
    limit = min(sentence_end, pos + 160)
    stop = _PHRASE_END.search(text, pos, limit)
    end = stop.start() if stop else limit
    start = pos
    while start < end and text[start] in " \t,":
        start += 1
    return (start, end) if end > start else None


def _subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject before a speech verb, connectives ("Sementara itu,") skipped."""
    if end - start > _SUBJECT_WINDOW:
        # A long stretch before the verb: only a clause joined late in it can leave a
        # subject short enough, and looking at the last stretch alone keeps a long
        # sentence with many quotes from being rescanned for each.
        joins = list(_CLAUSE_JOIN.finditer(text, end - _SUBJECT_WINDOW, end))
        if not joins:
            return None
        start = joins[-1].end()
    else:
        start = past_connectives(text, start, end)
        for clause in _CLAUSE_JOIN.finditer(text, start, end):
            start = clause.end()  # "Entah mengapa, namun pihak sekolah menegaskan"
    start, end = trim(text, start, end)
    while end > start and text[end - 1] == ",":
        end -= 1
    if end <= start or _words(text, start, end) > _MAX_SUBJECT_WORDS:
        return None
    return start, end


def _reported(text: str, regions: list[QuoteRegion], sentences: Sentences) -> Iterator[_Candidate]:
    inside = Inside(regions)
    # Where a reporting verb, "menurut" or a source cue may stand: a sentence holding
    # none of them near its start is passed over without a regex.
    cue_words = _CueWords(
        verbs=sorted(start for start, _, _ in find_words(text, _VERB_WORDS)),
        openers=sorted(start for start, _, _ in find_words(text, _OPENER_WORDS)),
        trailing=sorted(start for start, _, _ in find_words(text, _TRAILING_WORDS)),
        passives=sorted(start for start, _, _ in find_words(text, _PASSIVE_WORDS)),
    )
    verbs, openers, trailing, passives = cue_words
    cues = sorted(verbs + openers + trailing + passives)
    previous_end = 0
    for sentence_end in sentences.ends:
        sentence_start, previous_end = previous_end, sentence_end
        if not any_between(cues, sentence_start, sentence_end):
            continue  # most sentences: no cue word anywhere, nothing to trim or look at
        start, end = trim(text, sentence_start, sentence_end)
        # Glued text ("... pekan depan.\"Kami ...") ends a sentence on the next quote's
        # opening mark: the mark is not part of the sentence.
        end = trim(text, start, len(text[start:end].rstrip(_MARKS)) + start)[1]
        reach = min(end, start + _CONNECTIVE_REACH + _VERB_REACH)
        if end - start < 10 or not (
            any_between(verbs, start, reach)
            or any_between(openers, start, reach)
            or any_between(trailing, start, end)
            or any_between(passives, start, reach)
        ):
            continue
        if inside.overlaps(start, end):
            continue
        candidate = _reported_in(text, start, end, cue_words)
        if candidate is not None and _words(text, candidate.start, candidate.end) >= _MIN_REPORTED_WORDS:
            yield candidate


def _summarised(
    text: str, regions: list[QuoteRegion], sentences: Sentences, found: list[_Candidate]
) -> list[_Candidate]:
    """Statements a later sentence attributes to someone ("Hal tersebut disampaikan X").

    Up to two sentences before the summary, within one paragraph; the walk back stops at
    a sentence that already holds a quote or tells background ("Sebelumnya, ...").
    """
    summaries = sorted(start for start, _, _ in find_words(text, _SUMMARY_WORDS))
    if not summaries:
        return []
    inside = Inside(regions)
    quoted = {i for c in found for i in range(sentences.index(c.start), sentences.index(c.end - 1) + 1)}
    out: list[_Candidate] = []
    for at in summaries:
        index = sentences.index(at)
        opening, end = trim(text, *sentences.span(index))
        # The summary opens its sentence; its words before the speaker are few.
        m = _SUMMARY.match(text, at, min(end, at + _LOOKAHEAD)) if opening == at else None
        phrase = _phrase_after(text, m.end(), sentences) if m is not None else None
        if m is None or phrase is None:
            continue
        cue = Span(m.start("cue"), m.end("cue"), m["cue"])
        # Blank "sentences" (runs of line breaks) lie between the written ones.
        earlier = range(index - 1, max(-1, index - 1 - 2 * _SUMMARY_SENTENCES), -1)
        statements = [(i, trim(text, *sentences.span(i))) for i in earlier]
        statements = [(i, span) for i, span in statements if span[1] > span[0]][:_SUMMARY_SENTENCES]
        # The statements stand in the paragraph of the sentence right before the summary.
        first = statements[-1][1][0] if statements else at
        paragraph_start = text.rfind("\n", first, statements[0][1][1]) + 1 if statements else at
        for i, statement in statements:
            start, end = _past_dateline(text, *statement)
            if (
                start < paragraph_start
                or i in quoted
                or _words(text, start, end) < _MIN_REPORTED_WORDS
                or _BACKGROUND.match(text, start, end)
                or inside.overlaps(start, end)
            ):
                break
            summary = _Candidate(start, end, cue, direct=False, rule="reported_summary", phrase=phrase, at=at)
            out.append(summary)
            quoted.add(i)
    return out


def _past_dateline(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence without the dateline that opens the article ("JAKARTA, KOMPAS.com - ")."""
    dateline = DATELINE.match(text, start, min(end, start + DATELINE_REACH))
    if dateline:
        start = dateline.end()
    elif text[start : start + 1] in _DASHES:  # the dash left where the dateline was split off
        start += 1
    return trim(text, start, end)


_OPENERS = ((_MENURUT, "reported_menurut"), (_SOURCE, "reported_source"), (_CUE_FIRST, "reported_cue_first"))


def _opened(text: str, pos: int, end: int) -> _Candidate | None:
    """A sentence opened by its source: "Menurut X, ...", "Dikutip dari X, ...", "Kata X, ..."."""
    for pattern, rule in _OPENERS:
        m = pattern.match(text, pos, end)
        if m is None:
            continue
        cue = Span(m.start("cue"), m.end("cue"), m["cue"])
        who = None if m.groupdict().get("nya") else (m.start("who"), m.end("who")) if m["who"] else None
        content = m.end()
        appositive = _APPOSITIVE.match(text, content, end)
        if appositive and who is not None:
            # "Menurut Kepala Dinas X, Budi Santoso, ...": the name follows the title.
            who, content = (who[0], appositive.end("name")), appositive.end()
        if who is not None:
            # "Menurut Rudi dalam rapat bersama Panja X, ...": the circumstance is no source.
            # "Menurut penjelasan dalam laman X" names the source after it.
            circumstance = _CIRCUMSTANCE.search(text, *who)
            if circumstance and any(c.isupper() for c in text[who[0] : circumstance.start()]):
                who = (who[0], circumstance.start())
        candidate = _Candidate(content, end, cue, direct=False, rule=rule, phrase=who, at=cue.start)
        if rule == "reported_source":
            # "Dikutip dari Kompas.com (16/5/2025)": the date in parentheses is not the source.
            aside = _ASIDE_END.search(text, m.start("who"), m.end("who"))
            cited = _CITED.search(text, m.start("who"), aside.start() if aside else m.end("who"))
            if cited:
                candidate.source = Source(_cited_name(cited.group().strip()), None, person=False)
        return candidate
    return None


def _no_speaker(words: list[str]) -> bool:
    """Whether a subject before a speech verb can speak at all."""
    word = words[0].casefold() if len(words) == 1 else ""
    if word and word not in PRONOUNS and word not in UNNAMED_HEADS and role(words[0]) is Role.FUNCTION:
        return True  # "Sekadar mengingatkan, ...": an aside; "Polisi mengatakan" is someone
    if all(w.casefold() in AUXILIARIES for w in words):
        return True  # "Tidak perlu menambahkan ...": advice with no one speaking
    return _a_thing(words)  # "Panen tersebut menegaskan ...": a thing spoken of


def _a_thing(words: list[str]) -> bool:
    """Whether a subject is a common noun pointed back to ("Panen tersebut", "Lagu itu").

    People ("Pria itu"), groups, offices, bodies and documents ("Laporan itu") may speak.
    """
    if len(words) != _POINTED_WORDS or words[1].casefold() not in DEMONSTRATIVES:
        return False
    noun = words[0].casefold()
    return not (
        noun in _SPEAKING_NOUNS
        or noun in PRONOUNS  # "Mereka ini"
        or role(words[0]) in {Role.TITLE, Role.ACRONYM}
        or words[0] in ORG_HEADS
    )


def _cited_name(name: str) -> str:
    """A cited source as named, without the platform it spoke on or a glued word.

    "YouTube Dinas Pertanian" is the office's; "dataStatistika" lost a space.
    """
    for prefix in _CITED_PREFIXES:
        if name.startswith(prefix) and name[len(prefix) : len(prefix) + 1].isalpha():
            return _cited_name(name[len(prefix) :])
    platform, _, rest = name.partition(" ")
    return rest if platform in _PLATFORMS and rest else name


class _CueWords(NamedTuple):
    """Where the first words of reporting verbs, openers and trailing cues stand, sorted."""

    verbs: list[int]
    openers: list[int]
    trailing: list[int]
    passives: list[int]


def _reported_in(text: str, start: int, end: int, cue_words: _CueWords) -> _Candidate | None:
    verbs, trailing = cue_words.verbs, cue_words.trailing
    pos = past_connectives(text, start, end)
    # An opener ("Menurut", "Dikutip", "Kata") stands right where the clause begins.
    if any_between(cue_words.openers, pos, pos + 1) or any_between(trailing, pos, pos + 1):
        opened = _opened(text, pos, end)
        if opened is not None:
            return opened
    reach = min(end, pos + _VERB_REACH)
    verb = _REPORTED.search(text, pos, reach) if any_between(verbs, pos, reach) else None
    if verb:
        subject = _subject(text, pos, verb.start())
        if subject is None or text[verb.end() : verb.end() + 1] in '"\u201c\u201d':
            return None
        if _PURPOSE.search(text, pos, verb.start()) or _no_speaker(text[subject[0] : subject[1]].split()):
            return None
        if (
            not verb["link"]
            and normalize(verb["cue"]) in _OBJECT_VERBS
            and "," not in text[verb.end("cue") : verb.end()]  # "Ia memaparkan, ...": a statement follows
            and not _CLAUSE.match(text, verb.end(), end)
        ):
            return None  # "Bupati menyoroti maraknya peredaran minuman keras": a topic, not a statement
        cue_end = verb.end("link") if verb["link"] else verb.end("cue")
        cue = Span(verb.start("cue"), cue_end, text[verb.start("cue") : cue_end])
        return _Candidate(
            verb.end(), end, cue, direct=False, rule="reported_verb", phrase=subject, at=cue.start
        )
    trailing_cue = _TRAILING.search(text, pos, end) if any_between(trailing, pos, end) else None
    if trailing_cue and trailing_cue.start() > pos:
        cue = Span(trailing_cue.start("cue"), trailing_cue.end("cue"), trailing_cue["cue"])
        named = trailing_cue["who"]
        phrase = (
            None
            if trailing_cue["nya"] or not named or named.strip().casefold() in PRONOUNS
            else trailing_cue.span("who")
        )
        content_end = end if text[trailing_cue.end() - 1] == "," else trailing_cue.start()
        return _Candidate(
            pos, content_end, cue, direct=False, rule="reported_trailing_cue", phrase=phrase, at=cue.start
        )
    passive = _PASSIVE.search(text, pos, reach) if any_between(cue_words.passives, pos, reach) else None
    # "pria yang disebut Jacob", "pohon yang resinnya disebut Frankincense": a name given, not a view.
    if passive and passive.start() > pos and "yang" not in text[pos : passive.start()].split()[-2:]:
        cue = Span(passive.start("cue"), passive.end("cue"), passive["cue"])
        return _Candidate(
            pos,
            end,
            cue,
            direct=False,
            rule="reported_passive_agent",
            phrase=passive.span("agent"),
            at=cue.start,
        )
    return None


class _Speakers:
    """Resolves each quote's speaker in cue order; a continued quote keeps the last one."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.last: Source | None = None

    def resolve(self, c: _Candidate) -> Source | None:
        # A speaker rarely names himself in his own words ("Bapak Gubernur Asep, ..."
        # is said to Asep), so a pronoun skips people the quote itself names.
        named = self.resolver.text[c.start : c.end] if c.direct else ""
        if c.source is not None:
            source: Source | None = c.source
        elif c.follows:
            source = self.last or self.resolver.salient(c.at, named)
        elif c.phrase is None:
            source = self.resolver.salient(c.at, named)
        else:
            source = self.resolver.phrase(*c.phrase, at=c.at)
        if source is not None and source.name is not None and not self._plural(c):
            # A group ("mereka": the fishermen) is no one a later "ia" or "-nya" points to.
            self.resolver.note(c.at, source)
            self.last = source
        return source

    def _plural(self, c: _Candidate) -> bool:
        words = self.resolver.text[slice(*c.phrase)].split() if c.phrase else []
        return bool(words) and words[-1].casefold() == THEY  # "Kepada wartawan, mereka"


def _carry_open_paragraphs(direct: list[_Candidate]) -> None:
    """A quote running over paragraphs takes the speaker of the paragraph that closes it."""
    later: Source | None = None  # the nearest later quote's own speaker
    for c in reversed(direct):
        own = c.source
        if c.follows and own is None and later is not None:
            c.source = later
        if own is not None:
            later = own


def _speech_date(c: _Candidate, dates: tuple[DateMention, ...], sentences: Sentences) -> str | None:
    """The day the cue's sentence says the quote was said: ``kata X, Senin (11/4)``."""
    if c.cue is None:
        return None
    _, end = sentences.bounds(c.cue.end)
    end = min(end, c.cue.end + SPEECH_DATE_REACH)
    for k in range(first_at_or_after(dates, c.cue.end, key=lambda d: d.start), len(dates)):
        d = dates[k]
        if d.start >= end:
            break
        if d.grain is Grain.DAY and d.value is not None:
            return d.value
    return None
