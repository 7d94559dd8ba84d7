"""Resolving a phrase or a pronoun to the person or organisation it names.

Shared by the quote and meeting rules: a speaker after ``kata``, a subject before
``bertemu``, and ``ia``/``-nya`` all resolve here, against the article's people index and
the order in which people were spoken of.
"""

from __future__ import annotations

import bisect

import attrs

from newsfacts._lexicon import alternation, has_word, lazy, lazy_at_end, load
from newsfacts._text import PREDICATE_WORD, Article, Inside, QuoteRegion, Sentences, past_connectives
from newsfacts.model import EntityKind
from newsfacts.people._index import (
    HONORIFICS,
    PRONOUNS,
    RANKS,
    UNIT_CODE,
    UNNAMED_HEADS,
    Mention,
    PeopleIndex,
    Referent,
    Role,
    after_place_noun,
    is_place,
    role,
    split_run,
    words_of,
)

__all__ = ["DEMONSTRATIVES", "PERSON_NOUNS", "RELATIVES", "THEY", "Resolver", "Source", "unnamed"]

_LEX = load("people")
_PARTICLES = alternation(_LEX["particles"])
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'\u2019.]*(?:-[\p{L}\p{M}]+)*"
_RUN = lazy(rf"{_NAME_WORD}(?:[ \t]+(?:(?:(?:{_PARTICLES})[ \t]+)?{_NAME_WORD}|{UNIT_CODE}))*")
_ASIDE = lazy(r"\(\S+\)")
_PRONOUN_ASIDE = lazy(r"(?i:ia|dia|beliau)\s*\((?P<gloss>[^()]{2,60})\)\s*$")
# "Rina Marlina, Direktur ...": two or more name words, a comma, then a title word.
_NAME_THEN_COMMA = lazy(
    rf"[\s\"\u201c\u201d]*(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})+)"
    r"[ \t]*,[ \t]*(?P<next>\p{Lu}[\p{L}.]*)"
)
_SITE_AFTER = lazy(
    r"[ \t]+\(\p{Lu}[\p{L}\p{N}-]*\)[ \t]+(?P<place>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)*)(?![\p{L}\p{N}])"
)
_ACRONYM_END = lazy_at_end(r"\((\p{Lu}[\p{Lu}\p{N}-]+)\)\s*$")


@attrs.frozen
class Source:
    """A resolved person or organisation, named as the article names it."""

    name: str | None
    title: str | None
    person: bool = True
    #: A place named where a party was expected ("antara Jepang dan Korea Selatan").
    place: bool = False
    #: False for an unnamed source as the article describes it ("para pakar").
    named: bool = True
    #: True where the name is one the article's people index knows.
    known: bool = False


_LOWER_WORD = lazy(r"(?<![\p{L}])\p{Ll}{2,}")
_PREDICATE_AFTER = lazy(r"(?:\s*\([^)\n]{1,40}\))?(?:\s+\p{Ll}|,\s)")


# A name that opens its clause stands this close to the clause's start: a longer run of
# capitalised words before it is a heading or debris. The bound also keeps the look back
# short when one long sentence names many people.
_LEAD_REACH = 200


def is_subject(text: str, sentence: int, start: int, end: int) -> bool:
    """Whether a name opens its clause and a predicate follows (``..., Jokowi menyebut``)."""
    reach = max(sentence, start - _LEAD_REACH)
    comma = text.rfind(",", reach, start)
    if comma < 0 and reach > sentence:
        return False
    clause = comma + 1 if comma >= 0 else sentence
    return (
        not _LOWER_WORD.search(text, clause, start)
        and _PREDICATE_AFTER.match(text, end, end + 60) is not None
    )


DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
THEY = "mereka"  # a group's pronoun: never one person
PERSON_NOUNS = frozenset(_LEX["person_nouns"])  # "pria", "perempuan": a person, unnamed
_PREDICATE = lazy(PREDICATE_WORD)
_SUBJECT_REACH = 80  # how far into a sentence its subject may run
_SALIENT_REACH = 200  # how many people spoken of a pronoun may look back over
# Not "ini", which ends time phrases ("baru-baru ini", "saat ini").
_POINTING = frozenset({"itu", "tersebut"})
RELATIVES = frozenset(_LEX["relatives"])
# Quantifiers and qualifiers around an unnamed source: "Banyak warganet yang ..." -> "warganet".
_UNNAMED_LEAD = frozenset(_LEX["unnamed_lead"])
_UNNAMED_STOP = frozenset(_LEX["unnamed_stop"])
_UNNAMED_WORDS = 5
_TAIL_WORDS = 3
# Words that lead an unnamed source but are none alone ("salah satu", "para").
_UNNAMED_BARE = frozenset(_LEX["unnamed_bare"])


def _scored(score: int, source: Source | None) -> tuple[int, Source] | None:
    return None if source is None else (score, source)


def unnamed(words: list[str]) -> Source | None:
    """An unnamed source as the article names it (``para pakar``, ``warganet``).

    Only a phrase headed by a word for people or bodies counts, so that stray clauses
    ("hari ini kami") never pass for a source.
    """
    while words and words[0].casefold() in _UNNAMED_LEAD:
        words = words[1:]
    for i, word in enumerate(words):
        # A -nya word with more after it opens a clause ("keluarga korban tenggelamnya
        # pesawat ..."); at the end it is a possessive ("seorang staf dekatnya"). Only a
        # lower-case stop word ends it: "Dokter Spesialis Penyakit Dalam" is a title.
        if word in _UNNAMED_STOP or (0 < i < len(words) - 1 and word.endswith("nya")):
            words = words[:i]
            break
    if not words or words[0].casefold() not in UNNAMED_HEADS:
        return None
    if all(w.casefold() in _UNNAMED_BARE for w in words):
        return None  # "salah satu", "para", "seorang": the noun they lead is missing
    words = words[:_UNNAMED_WORDS]
    return Source(" ".join(words), None, named=False)


def _bare_name(phrase: str) -> bool:
    """A name with at most a rank before it ("Ipda Rudi Hartanto"), not an office ("Kasubbag Humas X")."""
    words = phrase.split()
    while words and words[0].rstrip(".") in RANKS:
        words.pop(0)
    return bool(words) and all(role(w) is Role.NAME for w in words)


class Resolver:
    """Turns phrases and pronouns into names, remembering who was spoken of last."""

    def __init__(
        self, text: str, people: PeopleIndex, regions: list[QuoteRegion], sentences: Sentences
    ) -> None:
        self.text = text
        self.people = people
        self.sentences = sentences
        self.events: list[tuple[int, Source]] = []
        inside = Inside(regions)
        seen_sentences: set[int] = set()
        # Every person named outside quotes, for when no subject fits.
        self.mentioned: list[tuple[int, Source]] = []
        sources: dict[int, Source] = {}  # one record per referent, however often named
        for offset, end, ref in people.timeline:
            if ref.kind is not EntityKind.PERSON or inside.overlaps(offset, offset + 1):
                continue
            source = sources.get(id(ref)) or sources.setdefault(id(ref), Source(ref.name, ref.title))
            self.mentioned.append((offset, source))
            # The first person named in each sentence outside quotes is its likely subject.
            sentence = sentences.bounds(offset)[0]
            if sentence not in seen_sentences and is_subject(text, sentence, offset, end):
                seen_sentences.add(sentence)
                self.events.append((offset, source))
        self.events.sort(key=lambda e: e[0])
        self.mentioned.sort(key=lambda e: e[0])

    @classmethod
    def of(cls, article: Article, people: PeopleIndex | None = None) -> Resolver:
        """A resolver over an article's people (indexed here if not given), quotes and sentences."""
        people = people if people is not None else PeopleIndex.of(article.text, article.promos)
        return cls(article.text, people, article.regions, article.sentences)

    def note(self, at: int, source: Source) -> None:
        """Record that ``source`` was spoken of (as a speaker, say) at ``at``."""
        bisect.insort(self.events, (at, source), key=lambda e: e[0])

    def salient(self, at: int, named: str = "") -> Source | None:
        """The latest subject or speaker before ``at`` whose name ``named`` does not hold.

        Where every subject is ruled out, the latest person mentioned at all.
        """
        for events in (self.events, self.mentioned):
            i = bisect.bisect_left(events, at, key=lambda e: e[0])
            # No pronoun points further back than this many people spoken of; the bound
            # keeps a long text whose quotes name their own speaker from being rescanned.
            for j in range(i - 1, max(-1, i - 1 - _SALIENT_REACH), -1):
                source = events[j][1]
                if not source.person or source.name is None:
                    continue
                if named and any(has_word(named, w) for w in source.name.split() if len(w) > 2):
                    continue
                return source
        return None

    def title_of(self, source: Source) -> str | None:
        """The title a source carries here or anywhere the article names that person."""
        if source.title or not source.name:
            return source.title
        ref = self.people.find(words_of(source.name))
        return ref.title if ref is not None else None

    def phrase(self, start: int, end: int, at: int) -> Source | None:
        """The person or organisation a phrase names (``Kepala BMKG, Dwikorita``, ``ia``)."""
        scored = self.phrase_scored(start, end, at)
        return scored[1] if scored else None

    def phrase_scored(self, start: int, end: int, at: int) -> tuple[int, Source] | None:
        """:meth:`phrase` with how sure it is: 2 a known name, 1 a name or a body, 0 a title or place."""
        phrase = self.text[start:end].strip(' ,"\u201c\u201d')
        words = phrase.split()
        back = self._back_reference(start, end, phrase, at)
        if back is not None:
            return back
        if not words:
            return None
        acronym = _ACRONYM_END.search(phrase)
        expanded = self.people.expand_acronym(acronym[1]) if acronym else None
        if acronym and expanded and phrase[: acronym.start()].rstrip().endswith(expanded.split()[-1]):
            # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": the body, whole; not
            # "Panja Perda Kota Hijau (KHB)", which is more than the body it names.
            return 1, Source(expanded, None, person=False)
        named_first = _NAME_THEN_COMMA.match(self.text, start, end) if "," in phrase else None
        if named_first and role(named_first["next"]) is Role.TITLE and _bare_name(named_first["name"]):
            # "Rina Marlina, Direktur Utama PT Sinar Jaya": the name, then what she is.
            score, first = self._run(named_first.start("name"), named_first.end("name"), at)
            if first is not None and first.person and score > 0:
                # The title runs to the next comma ("..., Sabtu (7/6)" is the dateline).
                title = first.title or self.text[named_first.start("next") : end].split(",")[0].strip()
                return score, attrs.evolve(first, title=title)
        found = [
            (score, source)
            for run in _RUN.finditer(self.text, start, end)
            if not _ASIDE.fullmatch(self.text, max(0, run.start() - 1), run.end() + 1)  # "(Disdik)": an aside
            and not after_place_noun(self.text, run.start())  # "nelayan di kawasan Muara": where, not who
            for score, source in [self._run(run.start(), run.end(), at)]
            if source is not None
        ]
        best = max(enumerate(found), key=lambda e: (e[1][0], e[0]))[1] if found else None
        if best is not None and not best[1].place:
            # A name the article knows beats an unknown one; later beats earlier
            # ("Kepala Dinas X, Yusuf").
            return best
        # "Dalam prosesnya, jaksa": a short source after a leading phrase's comma.
        tail = phrase.rsplit(",", 1)[1].split() if "," in phrase else []
        described = unnamed(words) or (unnamed(tail) if len(tail) <= _TAIL_WORDS else None)
        if described is not None:
            return 1, described  # "Kantor berita Jepang dan Korea" rather than "Korea"
        if best is not None:
            return best
        if words[-1].casefold() in DEMONSTRATIVES:
            return _scored(2, self.salient(at))  # "pria kelahiran Brasil tersebut", "sang menteri itu"
        return None

    def _back_reference(self, start: int, end: int, phrase: str, at: int) -> tuple[int, Source] | None:
        """A pronoun, a glossed pronoun or a titled demonstrative: someone named before."""
        words = phrase.split()
        aside = _PRONOUN_ASIDE.match(phrase)
        if aside:
            # "Dia (Ketua KPU)": the writer's own gloss says who the pronoun is.
            inner = start + self.text[start:end].index("(") + 1
            glossed = self.phrase_scored(inner, inner + len(aside["gloss"]), at)
            if glossed is not None:
                return glossed
        if words and words[-1].casefold() == THEY:
            group = self._group_before(start)
            if group is not None:
                return 2, group  # "Para nelayan menolak melaut. Mereka menyatakan ...": the group
        if not words or words[0].casefold() in PRONOUNS or words[-1].casefold() in PRONOUNS:
            # "Ia menjelaskan", "Bukan mustahil, ia melanjutkan"
            return _scored(2, self.salient(at))
        return self._pointed_back(words, phrase, at)

    def _pointed_back(self, words: list[str], phrase: str, at: int) -> tuple[int, Source] | None:
        """A phrase that points back with "itu" or "tersebut" to someone named before."""
        pointing = len(words) > 2 and words[-1].casefold() in _POINTING
        if pointing and "yang" in words[1:-1] and "," not in phrase:
            # "Pria yang juga menjabat Ketua Yayasan X itu": described, then pointed back to
            # ("Slamet, pemilik toko yang ... tersebut," names him first).
            return _scored(2, self.salient(at))
        if pointing and words[0].casefold() in RELATIVES:
            # "Menantu Gubernur Asep Gunawan tersebut": the relative spoken of, not the Governor.
            return _scored(2, self.salient(at, named=phrase))
        if len(words) > 1 and words[-1].casefold() in _POINTING and words[-2][:1].isupper():
            # "pimpinan DPRD tersebut": the person last named with that title.
            titled = self._by_title(words[-2:-1], at)
            if titled is not None:
                return 2, Source(titled.name, titled.title, known=True)
        if len(words) > 1 and words[-1].casefold() in _POINTING:
            if words[0].casefold() in PERSON_NOUNS:
                # "Pria asal Bandung itu", "Perempuan tersebut": a person described, named before.
                return _scored(2, self.salient(at, named=phrase))
            titled = self._by_title(words[:1], at)
            if titled is not None:
                # "Pelatih asal Belanda itu": the person last named with that title.
                return 2, Source(titled.name, titled.title, known=True)
        return None

    def _group_before(self, pos: int) -> Source | None:
        """The group or body that opens the sentence before ``pos`` ("Para nelayan ...").

        "Mereka" points back to several people: a person named there is no answer.
        """
        sentence, _ = self.sentences.bounds(pos)
        if sentence == 0:
            return None
        previous, _ = self.sentences.bounds(sentence - 1)
        start = past_connectives(self.text, previous, sentence, phrases=True)
        head = _PREDICATE.search(self.text, start, min(sentence, start + _SUBJECT_REACH))
        if head is None or head.start() <= start:
            return None
        found = self.phrase_scored(start, head.start(), pos)
        group = found[1] if found else None
        return group if group is not None and group.name and (not group.named or not group.person) else None

    def _run(self, start: int, end: int, at: int) -> tuple[int, Source | None]:
        """A speaker for one capitalised run, with a score: 2 known name, 1 other name, 0 title."""
        mention = self.people.named(split_run(self.text, start, end))
        words = self.text[start:end].split()
        if mention is None:
            if words and role(words[-1]) is Role.ACRONYM and all(w in HONORIFICS for w in words[:-1]):
                ref = self._initials(words[-1])
                if ref is not None:
                    # "Pak DA": a person's initials, given in parentheses or spelling one name.
                    return 2, Source(ref.name, ref.title, known=True)
            if (
                len(words) == 1
                and words[0].isupper()
                and len(words[0]) > 1
                and role(words[0]) is Role.ACRONYM
            ):
                expanded = self.people.expand_acronym(words[0])
                if expanded:
                    return 1, Source(expanded, None, person=False)
                # An unexplained short capital word is as often a person's initials ("ARB").
                return 1, Source(words[0], None, person=len(words[0]) <= 4)
            if all(role(w) is Role.PLACE for w in words) or is_place(" ".join(words)):
                return 0, Source(" ".join(words), None, person=False, place=True)
            ref = self._by_title(words, at)
            return 0, None if ref is None else Source(ref.name, ref.title)
        if mention.kind is EntityKind.ORGANIZATION:
            return self._body(mention, words, end)
        assert mention.name is not None
        ref = self.people.find(words_of(mention.name))
        if ref is not None:
            # The index's title is the fuller where it holds this one ("Ketua Umum Apindo").
            title = (
                ref.title
                if not mention.title or (ref.title and mention.title in ref.title)
                else mention.title
            )
            return 2, Source(ref.name, title, known=True)
        return 1, Source(mention.name, mention.title)

    def _body(self, mention: Mention, words: list[str], end: int) -> tuple[int, Source | None]:
        """A speaker for a run that names a body: the body, or a person written after it."""
        after_body = self._person_after_body(words)
        if after_body is not None:
            return 2, after_body
        expanded = self.people.expand_acronym(mention.name or "") if len(words) == 1 else None
        site = _SITE_AFTER.match(self.text, end, min(len(self.text), end + 60))
        town = site["place"].split() if site else []
        if (
            site is not None
            and not expanded
            and all(role(w) is Role.PLACE for w in town[1:])
            and self.people.find((town[0],)) is None  # not "(Kemenkeu) Budi", a person
        ):
            # "Politeknik Pelayaran (Poltekpel) Surabaya": the body with its short form and its town.
            return 1, Source(self.text[mention.start : site.end()], None, person=False)
        return 1, Source(expanded or mention.name, None, person=False)

    def _person_after_body(self, words: list[str]) -> Source | None:
        """The person whose full name the article gives, written after a body's name.

        "Kemenhub Budi Setiyadi", where a sentence was cut before its title: the words
        after the body are a person only if the article names that person so elsewhere;
        "Pertamina Patra Niaga" stays one body.
        """
        for i in range(1, len(words) - 1):
            name = words_of(" ".join(words[i:]))
            ref = self.people.find(name)
            if ref is not None and ref.kind is EntityKind.PERSON and ref.words == name:
                return Source(ref.name, ref.title or " ".join(words[:i]), known=True)
        return None

    def _initials(self, word: str) -> Referent | None:
        ref = self.people.find((word,))
        return ref if ref is not None and word in ref.aliases else self.people.by_initials(word)

    def _by_title(self, words: list[str], at: int) -> Referent | None:
        for word in reversed(words):
            if role(word) is not Role.TITLE:
                continue  # "ke Luwu Utara" is the place, not its Bupati
            ref = self.people.by_title(word.rstrip("."), at)
            if ref is not None:
                return ref
        return None
