"""The meeting rules: a trigger, its parties, and the date, place, topic and status.

A trigger is a verb (``bertemu``, ``menemui``) or a noun (``pertemuan antara``); its
sentence gives the date, place, topic and status.

Later sentences about the same parties, or about ``pertemuan tersebut``, enrich the
event instead of adding another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import attrs
import regex

from newsfacts._lexicon import (
    LazyPattern,
    PhrasePattern,
    alternation,
    find_words,
    first_words,
    lazy,
    lazy_at_end,
    load,
    normalize,
)
from newsfacts._text import (
    DATELINE,
    DATELINE_REACH,
    PREDICATE_WORD,
    TIME_CONJUNCTIONS,
    Article,
    first_at_or_after,
    past_connectives,
    trim,
)
from newsfacts.model import DateMention, Grain, Meeting, MeetingMode, MeetingStatus, Quote, Span
from newsfacts.people._index import PRONOUNS, Role, organisation_in, past_opening_word, role
from newsfacts.people._refer import RELATIVES, Resolver, Source

__all__ = ["find_meetings"]

_LEX = load("meetings")
_B = r"(?<![\p{L}\p{N}])"
_E = r"(?![\p{L}\p{N}])"


def _any_of(name: str) -> PhrasePattern:
    return PhrasePattern(rf"(?i){_B}(?:{alternation(_LEX[name])}){_E}", _LEX[name])


# A few kinds at most ("pertemuan bilateral tertutup"); a bound keeps a long run of them
# from being retried one by one.
_KINDS = rf"(?:\s+(?:{alternation(_LEX['noun_kinds'])}){_E}){{0,4}}"
_VERB = PhrasePattern(
    rf"(?i){_B}(?P<verb>{alternation(_LEX['verbs'])})(?P<nya>nya)?{_E}{_KINDS}"
    rf"(?:\s+(?:langsung\s+)?(?:dengan|oleh){_E})?",
    _LEX["verbs"],
)
_NOUN = PhrasePattern(
    rf"(?i){_B}(?P<noun>{alternation(_LEX['nouns'])})(?:nya)?{_KINDS}"
    # Up to two modifiers before the link ("perundingan perdagangan antara"), or straight
    # into the first party's name ("pertemuan Menteri X dengan Y").
    rf"(?:(?:\s+(?-i:\p{{Ll}}+)){{0,2}}?\s+(?P<link>antara|dengan|bersama){_E}|\s+(?=(?-i:\p{{Lu}})))",
    _LEX["nouns"],
)
_ANAPHOR = lazy(rf"(?i){_B}(?:pertemuan|perundingan|rapat|audiensi|kunjungan)\s+(?:tersebut|itu|ini){_E}")
_JOINT = _any_of("joint_verbs")
# "menemuinya": a trigger word may carry -nya.
_TRIGGER_WORDS = first_words(_LEX["verbs"] + _LEX["nouns"] + _LEX["joint_verbs"], nya=True)
_VISIT = frozenset(_LEX["visit_verbs"])
# Visiting or hosting counts only with someone to meet: not "mengunjungi Candi Borobudur".
_NEEDS_SOMEONE = _VISIT | frozenset(_LEX["host_verbs"])
_VISITING = _any_of("visit_verbs")
# "Museum itu dapat dikunjungi ...", "Pembaca bisa mendatangi ...": what one may do.
_MAY_VISIT = _VISIT | frozenset(_LEX["visited_verbs"])
_GENERIC_MODAL = lazy_at_end(rf"(?i){_B}(?:{alternation(_LEX['generic_modals'])})(?:\s+\S+){{0,2}}\s+$")
# "disambut tepuk tangan": received with a reaction, not by someone.
_WELCOME = frozenset(_LEX["welcome_verbs"])
_REACTION = lazy(rf"(?i)\s+(?:{alternation(_LEX['reactions'])}){_E}")
# "rutin bertemu", "setiap pekan mereka rapat": a habit, not one meeting.
_HABITUAL = _any_of("habitual")
# A news outlet interviewing someone, or people in general, is no party to a meeting.
_NO_PARTY = lazy(
    rf"(?i:(?:{alternation(_LEX['generic_parties'])})(?:\s+\p{{Ll}}+)*"
    rf"|\p{{L}}+\.(?:com|co\.id|id)|(?:{alternation(_LEX['news_outlets'])})\p{{L}}*)"
)
# "mengunjungi website resmi X": a visit to a site or a shop is no meeting with X.
_NOWHERE = lazy(rf"(?i)\s+(?:{alternation(_LEX['not_someone'])}){_E}")
_PLANNED = _any_of("planned")
_PROPOSED = _any_of("proposed")
_CANCELLED = _any_of("cancelled")
_NEGATED = lazy_at_end(
    rf"(?i){_B}(?:{alternation(_LEX['negations'])})(?:\s+(?:pernah|sempat|jadi|dapat|bisa|mau|ingin|ada|adanya|melalui))*\s*$"
)
_PHONE = _any_of("phone")
_MATCH = _any_of("sports")
# "Rudi/Dani", "Lee/Kang": a doubles pair, so a match rather than a meeting.
_DOUBLES = lazy(r"(?<![\p{L}\p{N}/])(\p{Lu}\p{Ll}+)/(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}/])")
_AGAIN = lazy(rf"(?i){_B}kembali{_E}")
_VIRTUAL = _any_of("virtual")
_TOPIC = lazy(rf"(?i){_B}(?:{alternation(_LEX['topic_cues'])}){_E}\s+(?P<topic>[^.;\n]+)")
_STOP = lazy(
    # A dot inside a word ("Kompas.com") does not end the sentence.
    rf"(?:{_B}(?:{alternation(_LEX['object_stops'])}){_E}|\.(?!\p{{L}})|[;:\n\"\u201c\u201d]"
    # A comma before a lowercase word ends the parties, unless it opens a list of them.
    rf"|,\s*(?=\p{{Ll}}|\d)(?!(?:termasuk|yakni|yaitu|antara\s+lain|seperti|khususnya|terutama){_E}))"
)
_LOCATION = lazy(rf"{_B}di\s+(?!(?:{alternation(_LEX['location_skip'])}){_E})")
_NAMED_PLACE_BEFORE = lazy(
    rf"{_B}(?i:di|ke)\s+(?P<place>\p{{Lu}}[\p{{L}}\p{{N}}.'/-]*(?:[ \t]+\p{{Lu}}[\p{{L}}\p{{N}}.'/-]*)*)"
)
_LOCATION_END = lazy(
    rf"{_B}(?:pada|untuk|guna|yang|sejak|saat|ketika|sebelum|setelah|usai|seusai|dan|serta|bersama|"
    rf"terkait|membahas|sekitar|hari|tadi|kemarin){_E}|[.;:\n\"\u201c\u201d]"
)
# A separator starts where its white space starts ((?<!\s)), and white space before a
# word is taken whole (*+): a long run of spaces is then tried once, not from each of
# its positions, which would take time growing with the square of its length.
_COORDINATION = lazy(
    r"(?<!\s)\s*+(?:,\s*+)?(?<![\p{L}])(?:dan|serta|beserta|maupun|atau(?:\s+dengan)?|bersama(?:\s+dengan)?|&)\s+"
    r"|(?<!\s)\s*+,\s*+(?!dan\s)"
)
_WITH_DENGAN = lazy(rf"(?<!\s)(?:\s*+,)?\s++dengan\s+|{_COORDINATION.pattern}")
# A meeting reported inside speech ("jaksa menyebut X bertemu Y") has its own subject.
_SPEECH = alternation(load("quotes")["reported_verbs"])
_CLAUSE_OPENER = lazy(rf"(?i){_B}(?:{TIME_CONJUNCTIONS}|bahwa|sehingga|karena|{_SPEECH}){_E}")
_SPEECH_VERB = lazy(rf"(?i){_B}(?:{_SPEECH}){_E}")
# "Hal itu disampaikan Rudi usai bertemu ...": the agent of a passive speech verb is the
# one who met.
_PASSIVE_AGENT = lazy_at_end(
    rf"(?i){_B}(?:{alternation(load('quotes')['summary_verbs'])})\s+(?:oleh\s+)?"
    rf"(?P<agent>(?-i:\p{{Lu}})[^,.;:\n\"\u201c\u201d]*?)\s+"
    rf"(?:{TIME_CONJUNCTIONS}|dalam)(?:\s+\p{{Ll}}+){{0,2}}\s+$"
)
_PREDICATE = lazy(PREDICATE_WORD)
_BETWEEN = lazy(rf"(?i){_B}antara{_E}")
_DEMONSTRATIVE_END = lazy_at_end(rf"{_B}(?:itu|ini|tersebut)\s*$")
# "pihaknya", "kami", "saya": after any time words ("hari ini kami melakukan (audiensi)"),
# with at most two words of its predicate before the trigger ("kita berusaha (untuk ...)").
_OWN_SIDE = lazy_at_end(
    r"(?i)(?:^|\s)(?P<who>saya|aku|kami|kita|pihak\s+kami|pihaknya)"
    r"(?:\s+(?!(?:dan|dengan|serta)(?!\p{L}))\p{Ll}+){0,2}$"
)
_SINGULAR = lazy(r"(?i:saya|aku)")
_MAIN_CLAUSE = lazy(r"\s*,\s*")
_SECOND_PREDICATE = lazy_at_end(rf"{_B}(?:dan|lalu|kemudian|serta|sebelum|hingga){_E}\s*$")
_RELATIVE = lazy(rf"{_B}yang{_E}")
# Where the parties of "pertemuan antara X dan Y" end: a preposition, the topic, or the
# meeting's own predicate ("... berlangsung di ...").
_BETWEEN_END = lazy(
    rf"{_B}(?:pada|di|guna|membahas|terkait|untuk\s+membahas|yang|berlangsung|digelar|diadakan|dilaksanakan|"
    rf"dilakukan|berjalan){_E}|,\s*(?:pada|di){_E}|[.;:\n\"\u201c\u201d]"
)
_ADVERB_TAIL = lazy_at_end(
    rf"(?i)(?:\s+(?:{alternation(_LEX['planned'] + _LEX['proposed'] + _LEX['cancelled'])}|juga|pun|sempat|"
    rf"telah|sudah|baru|kembali|langsung|terakhir\s+kali|pernah|untuk|bisa|dapat|sepakat|rutin|kerap|sering|"
    rf"masih|tetap|segera|hendak|harus|perlu|"
    rf"tidak|belum|bukan|jadi|ke|pada)){_E}\s*$"
)
_MAX_PARTY_WORDS = 16
_MIN_SENTENCE = 12
_OPENING_MARKS = " \t\"'\u201c\u201d"  # what may stand before a sentence's first word
_PARAGRAPH_REACH = 400  # characters either side a paragraph's date may lie from the sentence
_ANAPHOR_REACH = 3  # sentences after a meeting in which "pertemuan tersebut" still means it
_PLURAL = frozenset({"mereka", "keduanya", "kedua", "kami", "kita"})
_PRONOUN = lazy(r"(?i)(?<![\p{L}])(?:ia|dia|beliau|dirinya)(?![\p{L}])|\p{L}nya(?![\p{L}])")
_TITLED = lazy(rf"\s*(?:{alternation(load('people')['titles'])}){_E}")


@attrs.define
class _Event:
    parties: list[Source]
    date: DateMention | None
    location: str | None
    topic: str | None
    status: MeetingStatus
    mode: MeetingMode
    evidence: list[Span]
    rule: str
    #: "kembali bertemu": a further meeting of the same parties, not a report of the last.
    again: bool = False
    #: The date comes from around the sentence, not from the sentence itself.
    date_guessed: bool = False

    @property
    def key(self) -> frozenset[str]:
        return frozenset(_party_key(p) for p in self.parties if p.name)


def _party_key(party: Source) -> str:
    """Who a party is, for telling parties apart: a person by the last word of the name.

    Bodies of one region share a last word ("DPRD Jambi", "Forum Sopir Jambi"), so a
    body is its whole name.
    """
    return _last_word(party.name) if party.person else (party.name or "").casefold()


def _last_word(name: str | None) -> str:
    words = (name or "").replace(".", " ").split()
    return words[-1].casefold() if words else ""


def find_meetings(
    article: Article, resolver: Resolver, dates: tuple[DateMention, ...], quotes: tuple[Quote, ...] = ()
) -> Iterator[Meeting]:
    """Every meeting the article reports, merged by parties, in order of first report."""
    text, sentences = article.text, article.sentences
    finder = _Finder(text, resolver, dates, article.published, tuple(q for q in quotes if q.direct))
    ledger = _Ledger()
    last_event_sentence = -10
    # Only sentences holding a trigger word can report a meeting; find them in one pass.
    indices = sorted({sentences.index(start) for start, _, _ in find_words(text, _TRIGGER_WORDS)})
    for index in indices:
        s_start, s_end = trim(text, *sentences.span(index))
        if s_end - s_start < _MIN_SENTENCE or article.in_promo(s_start):
            continue
        event = finder.event_in(s_start, s_end)
        if event is not None:
            ledger.add(event)
            last_event_sentence = index
        elif (
            ledger.events
            and index - last_event_sentence <= _ANAPHOR_REACH
            and _ANAPHOR.search(text, s_start, s_end)
        ):
            # "Pertemuan itu digelar guna membahas ...": the last meeting, enriched.
            ledger.enrich_last(finder.details(s_start, s_end, s_start, ledger.events[-1]))
    for e in _merged(ledger.events):
        if len(e.key) >= 2:
            yield _meeting(text, e)


def _merged(events: list[_Event]) -> list[_Event]:
    """Reports that later ones have tied together as one meeting, merged.

    "Warga ingin bertemu Bupati" and "Rudi ... permohonan audiensi dengan Bupati" share one
    party; once "Rudi bersama warga lainnya ... pertemuan dengan Bupati" joins the first,
    they share two.
    """
    kept = _Ledger()
    for event in events:
        kept.add(event)
    return kept.events


class _Ledger:
    """The meetings found so far, in order, looked up by the parties a new report shares.

    A report is one of them only if it shares a party, so only those that do are compared:
    a long text of many meetings is not compared pair by pair.
    """

    def __init__(self) -> None:
        self.events: list[_Event] = []
        self._by_key: dict[str, set[int]] = {}  # party key -> the meetings (by place) with it

    def add(self, event: _Event) -> None:
        """Add a report: merged into the first meeting it is another report of, else a new one."""
        same = None if event.again else self._same(event)
        if same is None:
            self.events.append(event)
            self._index(len(self.events) - 1)
        else:
            self._enrich(same, event)

    def enrich_last(self, other: _Event) -> None:
        """Details of the latest meeting, from a sentence that points back to it."""
        self._enrich(len(self.events) - 1, other)

    def _enrich(self, i: int, other: _Event) -> None:
        _enrich(self.events[i], other)
        self._index(i)  # findable by the parties it gained too

    def _same(self, event: _Event) -> int | None:
        sharing = sorted({i for key in event.key for i in self._by_key.get(key, ())})
        return next((i for i in sharing if _same_meeting(self.events[i], event)), None)

    def _index(self, i: int) -> None:
        for key in self.events[i].key:
            self._by_key.setdefault(key, set()).add(i)


def _same_meeting(a: _Event, b: _Event) -> bool:
    """Two reports of one meeting: they share two parties, or a party and the date."""
    shared = a.key & b.key
    same_day = (
        a.date is not None
        and b.date is not None
        and a.date.value == b.date.value
        and not (a.date_guessed or b.date_guessed)  # a guess is too weak to merge on
    )
    return len(shared) >= 2 or (bool(shared) and same_day)


def _enrich(event: _Event, other: _Event) -> None:
    event.evidence.extend(other.evidence)
    if other.date is not None and (event.date is None or (event.date_guessed and not other.date_guessed)):
        event.date, event.date_guessed = other.date, other.date_guessed
    event.location = event.location or other.location
    event.topic = event.topic or other.topic
    known = event.key
    event.parties.extend(p for p in other.parties if p.name and _party_key(p) not in known)


@attrs.frozen
class _Finder:
    """The article a sentence is read in: its text, people, dates and publication date."""

    text: str
    resolver: Resolver
    dates: tuple[DateMention, ...]
    published: dt.date | None
    #: The direct quotes, in text order, for who "kami" and "saya" in them are.
    quotes: tuple[Quote, ...] = ()

    def event_in(self, start: int, end: int) -> _Event | None:
        """The meeting one sentence reports, if any."""
        text = self.text
        if _PHONE.search(text, start, end) or _MATCH.search(text, start, end) or _doubles(text, start, end):
            return None  # a phone call is not a meeting, nor a match ("bertemu di babak final")
        found = self._trigger(start, end)
        if found is None:
            return None
        parties, clause, trigger_end, rule = found
        if _HABITUAL.search(text, clause, trigger_end):
            return None
        if rule != "meeting_between" or not _BETWEEN.search(text, start, trigger_end):
            parties = [p for p in parties if not p.place]  # only "antara X dan Y" may name places
        parties = _distinct(parties, self.resolver.people.expand_acronym)
        if len(parties) < 2:
            return None
        # '"Kami akan ...," kata X dalam rapat dengan Y': the quote's words are not the meeting's.
        quote = self._quote_before(start, trigger_end)
        said = quote.end if quote is not None else start
        status = _status(text, (max(start, said), max(clause, said)), trigger_end, end)
        mode = MeetingMode.VIRTUAL if _VIRTUAL.search(text, start, end) else MeetingMode.IN_PERSON
        event = _Event(parties, None, None, None, status, mode, [Span(start, end, text[start:end])], rule)
        event.again = _AGAIN.search(text, clause, trigger_end) is not None
        details = self.details(start, end, trigger_end, event)
        event.date, event.location, event.topic = details.date, details.location, details.topic
        if _VISITING.search(text, clause, trigger_end):
            # "mendatangi Kodim 0612/Tasikmalaya": the body visited is where they met.
            visited = next((p.name for p in reversed(parties) if not p.person), None)
            event.location = visited or event.location
        if event.date is None:
            event.date, event.date_guessed = self._paragraph_date(start, end), True
        if status is MeetingStatus.OCCURRED and self._in_future(event.date):
            event.status = MeetingStatus.PLANNED
        return event

    def _paragraph_date(self, start: int, end: int) -> DateMention | None:
        """A day named elsewhere in the sentence's paragraph, the nearest one first."""
        # Text without paragraph breaks is one long paragraph: look only nearby.
        paragraph_start = max(self.text.rfind("\n", 0, start) + 1, start - _PARAGRAPH_REACH)
        paragraph_end = self.text.find("\n", end)
        paragraph_end = min(len(self.text) if paragraph_end < 0 else paragraph_end, end + _PARAGRAPH_REACH)
        first = first_at_or_after(self.dates, paragraph_start, key=lambda d: d.start)
        last = first_at_or_after(self.dates, paragraph_end, key=lambda d: d.start)
        days = [d for d in self.dates[first:last] if d.value is not None and d.grain is Grain.DAY]
        return min(days, key=lambda d: abs(d.start - start), default=None)

    def _in_future(self, date: DateMention | None) -> bool:
        return (
            self.published is not None
            and date is not None
            and date.first is not None
            and date.first > self.published
        )

    def _trigger(self, start: int, end: int) -> tuple[list[Source], int, int, str] | None:
        """Parties, clause start, trigger end and rule of the sentence's meeting trigger."""
        text = self.text
        noun = _NOUN.search(text, start, end)
        verb = _VERB.search(text, start, end)
        between = noun is not None and (noun["link"] or "antara").casefold() == "antara"
        if noun and between and (verb is None or noun.start() < verb.start()):
            # "pertemuan antara X dan Y", "pertemuan X dengan Y"
            if _negated(text, start, noun.start()):
                return None
            stop = _BETWEEN_END.search(text, noun.end(), end)
            parties = self.parties(noun.end(), stop.start() if stop else end, extra="dengan")
            return parties, start, noun.end(), "meeting_between"
        if verb and verb["verb"][0].isupper() and text[start : verb.start()].strip(_OPENING_MARKS):
            # A capitalised verb inside a sentence is a headline's ("Menteri Temui Warga").
            verb = None
        if verb:
            return None if _negated(text, start, verb.start()) else self._verb(start, end, verb)
        if noun:
            if _negated(text, start, noun.start()):
                return None
            clause = _clause_start(text, start, noun.start())
            subject = self.subject(start, clause, noun.start())
            object_end = self._object_end(noun.end(), end)
            objects = self.parties(noun.end(), object_end)
            if not subject:
                # "Dalam pertemuan dengan X, mahasiswa menegaskan ...": the main clause's subject.
                subject = self._main_clause_subject(object_end, end)
            return _joined(subject, objects), clause, noun.end(), "meeting_noun"
        joint = _JOINT.search(text, start, end)
        if joint:
            # "Pemprov bersama Kodim akan membahas ...": two parties talking it over.
            clause = _clause_start(text, start, joint.start())
            return self.subject(start, clause, joint.start()), clause, joint.end(), "meeting_joint"
        return None

    def _main_clause_subject(self, start: int, end: int) -> list[Source]:
        comma = _MAIN_CLAUSE.match(self.text, start, end)
        if comma is None:
            return []
        head = _PREDICATE.search(self.text, comma.end(), end)
        if head is None:
            return []
        return [
            p
            for p in self.parties(comma.end(), _subject_end(self.text, comma.end(), head.start()))
            if not p.place
        ]

    def _verb(
        self, start: int, end: int, verb: regex.Match[str]
    ) -> tuple[list[Source], int, int, str] | None:
        clause = _clause_start(self.text, start, verb.start())
        subject = self.subject(start, clause, verb.start())
        if verb["nya"]:
            # "berencana menemuinya": the one met is the person last spoken of.
            other = self.resolver.salient(verb.start())
            objects = [other] if other else []
        else:
            objects = self.parties(verb.end(), self._object_end(verb.end(), end))
        name = normalize(verb["verb"])
        if name in _MAY_VISIT and _GENERIC_MODAL.search(self.text, clause, verb.start()):
            # Only a modal next to the visit: "tidak dapat menyembunyikan rasa senang
            # dikunjungi ..." reports a visit.
            return None
        if name in _WELCOME and _REACTION.match(self.text, verb.end(), end):
            return None
        if name in _NEEDS_SOMEONE and (
            not any(_someone(o) for o in objects) or _NOWHERE.match(self.text, verb.end(), end)
        ):
            return None  # a visit to a place, or "menerima" something, with no one to meet
        return _joined(subject, objects), clause, verb.end(), "meeting_verb"

    def _object_end(self, start: int, end: int) -> int:
        """Where the parties after a trigger end: at a stop word or a date."""
        stop = _object_end(self.text, start, end)
        i = first_at_or_after(self.dates, start, key=lambda d: d.start)
        if i < len(self.dates) and self.dates[i].start < stop:
            stop = self.dates[i].start  # "bersama Komisi V DPR, Rabu (13/4)"
            while stop > start and self.text[stop - 1] in " ,":
                stop -= 1
        return stop

    def details(self, start: int, end: int, after: int, like: _Event) -> _Event:
        """Date, place and topic a sentence gives, as an event with no parties of its own."""
        first = first_at_or_after(self.dates, start, key=lambda d: d.start)
        last = first_at_or_after(self.dates, end, key=lambda d: d.start)
        in_sentence = [d for d in self.dates[first:last] if d.value is not None]
        later = [d for d in in_sentence if d.start >= after]
        dated = later or in_sentence
        topic = _TOPIC.search(self.text, after, end)
        place = _location(
            self.text, after, min([end, *(d.start for d in later), *([topic.start()] if topic else [])])
        )
        named = _NAMED_PLACE_BEFORE.search(self.text, start, after) if place is None else None
        if named:
            # "Di Kantor Camat, Rudi sempat berbincang ...", "Rina ke Lapas X untuk menjenguk ...":
            # before the trigger only a named place counts ("tidak berada di rumah" does not).
            place = named["place"]
        return _Event(
            [],
            dated[0] if dated else None,
            place,
            topic["topic"].strip(" ,") if topic else None,
            like.status,
            like.mode,
            [Span(start, end, self.text[start:end])],
            like.rule,
        )

    def parties(self, start: int, end: int, extra: str = "") -> list[Source]:
        """The coordinated parties of a phrase: ``Putin dan Lukashenko``, ``korban dan pelaku``.

        Commas split lists (``A, B dan C``) as well as appositions (``Presiden Brasil,
        Lula``, ``Korban, dokter Baskar``); in an apposition the named part wins over a
        title, a place or a description.
        """
        start, end = trim(self.text, start, end)
        if end <= start or len(self.text[start:end].split()) > _MAX_PARTY_WORDS:
            return []
        items = self._items(start, end, _WITH_DENGAN if extra else _COORDINATION)
        if items is None:
            return []
        if not any(score > 0 and source.named for score, source, _ in items):
            return [source for _, source, _ in items]
        return [
            source
            for i, (score, source, comma_before) in enumerate(items)
            if score > 0 and (source.named or not (comma_before or (i + 1 < len(items) and items[i + 1][2])))
        ]

    def _items(self, start: int, end: int, separators: LazyPattern) -> list[tuple[int, Source, bool]] | None:
        """Each segment's party with its score and whether a bare comma precedes it."""
        items: list[tuple[int, Source, bool]] = []
        pos, comma = start, False
        whole = self._defined_names(start, end)
        seps = [
            m
            for m in separators.finditer(self.text, start, end)
            if not any(a <= m.start() < b for a, b in whole)
        ]
        for sep in [*seps, None]:
            seg_start, seg_end = trim(self.text, pos, sep.start() if sep else end)
            seg_start = past_opening_word(self.text, seg_start, seg_end, self.resolver.people.written_lower)
            # "berbincang dengan Kompas.com", "takut bertemu orang lain": no one to meet.
            if seg_end > seg_start and not _NO_PARTY.fullmatch(self.text, seg_start, seg_end):
                if self.text[seg_start:seg_end].split(maxsplit=1)[0].casefold() in _PLURAL:
                    return None  # "mereka", "keduanya": the parties are named elsewhere
                found = self.resolver.phrase_scored(seg_start, seg_end, seg_start)
                segment_words = self.text[seg_start:seg_end].split()
                if (
                    found is None
                    and _TITLED.match(self.text, seg_start, seg_end)
                    and all(w[0].isupper() for w in segment_words)
                    and len(segment_words) > 1  # a lone title word ("Dalam", "Presiden") names no one
                ):
                    # "Duta Besar Amerika Serikat": an unnamed official, as written.
                    official = self.text[seg_start:seg_end].strip(" ,")
                    found = (0, Source(official, official))
                apposed = sep is not None and sep.group().strip() == ","
                if found is not None and apposed and _describes_next(self.text, seg_start, seg_end, found[1]):
                    found = None
                if (
                    found is not None
                    and found[1].name
                    and not _stray_word(self.text, found[1], seg_start, seg_end)
                ):
                    items.append((found[0], found[1], comma))
            if sep:
                comma = sep.group().strip() == ","
                pos = sep.end()
        return items

    def _defined_names(self, start: int, end: int) -> list[tuple[int, int]]:
        """Where long names the article abbreviates stand: not split at their "dan" or commas.

        "Badan Pengelola Air dan Irigasi Daerah (BPAID)" is one party.
        """
        found = []
        for name in self.resolver.people.acronyms.values():
            if " dan " in name or "," in name:
                at = self.text.find(name, start, end)
                if at >= 0:
                    found.append((at, at + len(name)))
        return found

    def _side_of(self, person: Source | None) -> Source | None:
        """The organisation in a person's title ("Ketua Forum Nelayan" speaks for the Forum).

        Where the title names none, the person stands for his side.
        """
        title = self.resolver.title_of(person) if person is not None else None
        body = organisation_in(title) if title else None
        return Source(body, None, person=False) if body else person

    def _quote_before(self, start: int, end: int) -> Quote | None:
        """The last direct quote that closes between ``start`` and ``end``."""
        i = first_at_or_after(self.quotes, end, key=lambda q: q.start) - 1
        return self.quotes[i] if i >= 0 and start <= self.quotes[i].end < end else None

    def _speaker_at(self, at: int) -> Source | None:
        """The named speaker of the direct quote holding ``at``."""
        i = first_at_or_after(self.quotes, at + 1, key=lambda q: q.start) - 1
        if i < 0 or not self.quotes[i].start <= at < self.quotes[i].end:
            return None
        quote = self.quotes[i]
        return Source(quote.speaker, quote.speaker_title) if quote.speaker else None

    def subject(self, sentence: int, clause: int, trigger: int) -> list[Source]:
        """The parties before a trigger; failing that, the sentence's own pronoun."""
        end = _subject_end(self.text, clause, trigger)
        if _SECOND_PREDICATE.search(self.text, clause, end):
            # "X tiba di pelabuhan dan berencana menemuinya": X is the subject of both.
            head = _PREDICATE.search(self.text, clause, end)
            end = head.start() if head else end
        relative = _RELATIVE.search(self.text, clause, end)
        if relative:
            end = relative.start()  # "Warga X yang sebelumnya mengungsi ... mendatangi"
        bare = self.text[clause:end].strip(' ,"\u201c\u201d')
        own = _OWN_SIDE.search(bare)
        if own:
            # '"Kami sudah bertemu Bupati," kata Ketua Forum Nelayan ...': the speaker's side;
            # "pihaknya akan bertemu ...", and "kami" outside quotes: that of the person
            # last spoken of.
            first_person = own["who"].casefold() != "pihaknya"
            person = (self._speaker_at(trigger) if first_person else None) or self.resolver.salient(trigger)
            who = person if _SINGULAR.fullmatch(own["who"]) else self._side_of(person)
            return [who] if who else []
        # A place is where, not who: "setelah masuk Myanmar ... bertemu".
        found = [p for p in self.parties(clause, end) if not p.place]
        return found or self._subject_elsewhere(sentence, clause, trigger)

    def _subject_elsewhere(self, sentence: int, clause: int, trigger: int) -> list[Source]:
        """Where the trigger's clause has no subject: a passive's agent, the speaker or a pronoun."""
        quote = self._quote_before(sentence, trigger)
        if quote is not None and quote.speaker:
            # '"...," kata Rudi saat rapat dengan X': the one quoted.
            return [Source(quote.speaker, quote.speaker_title)]
        agent = _PASSIVE_AGENT.search(self.text, sentence, trigger)
        if agent:
            # One source, read as a speaker is: "Menteri Kelautan dan Perikanan X".
            who = self.resolver.phrase(agent.start("agent"), agent.end("agent"), agent.start("agent"))
            if who is not None and who.name and not who.place:
                return [who]
        speech = _SPEECH_VERB.search(self.text, sentence, clause)
        if speech:
            # "Rudi menjelaskan kabar itu didengarnya usai menerima ...": the speaker.
            found = self.parties(_clause_start(self.text, sentence, speech.start()), speech.start())
            if found:
                return found[:1]
        if _PRONOUN.search(self.text, sentence, trigger):
            source = self.resolver.salient(trigger)
            return [source] if source else []
        # "sang kakak tidak ada di kantor karena tengah menemui ...": the sentence's subject.
        opening = _clause_start(self.text, sentence, sentence)
        head = _PREDICATE.search(self.text, opening, trigger)
        if head is None or _DEMONSTRATIVE_END.search(self.text, opening, head.start()):
            return []  # "Usulan itu disampaikan ...": a thing, not a party
        return [p for p in self.parties(opening, head.start()) if not p.place]


def _doubles(text: str, start: int, end: int) -> bool:
    """Whether two names joined by a slash stand in the text: a doubles pair, not "Desa/Kecamatan"."""
    return any(
        role(pair[1]) is Role.NAME and role(pair[2]) is Role.NAME
        for pair in _DOUBLES.finditer(text, start, end)
    )


def _negated(text: str, start: int, trigger: int) -> bool:
    """Whether the trigger is denied ("tidak bertemu", "tak ada pembicaraan"), not cancelled."""
    return bool(_NEGATED.search(text, max(start, trigger - 20), trigger)) and not _CANCELLED.search(
        text, start, trigger
    )


def _someone(party: Source) -> bool:
    """A party one can visit: a person the article knows or titles, a body, or a group."""
    if party.place:
        return False
    return party.known or party.title is not None or not party.person or not party.named


def _describes_next(text: str, start: int, end: int, party: Source) -> bool:
    """Whether a segment before a comma describes the party named after it.

    "Sekjen WHO, Thomas Berger": the body is in his title. "putra Rudi Santoso, Dimas
    Santoso": the one met is the son, named next.
    """
    if _TITLED.match(text, start, end) and (not party.person or (party.name or "").isupper()):
        return True
    first = text[start:end].split(maxsplit=1)[0].casefold()
    return first in RELATIVES


def _stray_word(text: str, party: Source, start: int, end: int) -> bool:
    """Whether a party is one unknown capitalised word that only its place capitalises.

    Such a word names no one: a common word opening its sentence ("Kenaikan itu
    disambut ...", "Saking ramainya didatangi ..."), or the tail of a longer capitalised
    phrase ("Rapat Kerja (Raker) bersama ..."). A one-word name mid-sentence ("bertemu
    Garin") may well be someone.
    """
    name = party.name or ""
    if not party.person or not party.named or party.known or party.title or " " in name or name.isupper():
        return False
    at = text.find(name, start, end)
    if at < 0:
        return False
    before = text[max(0, at - 40) : at].rstrip(_OPENING_MARKS)
    if not before:
        return at <= 40  # the text's first word
    # A comma parts an apposition ("diplomat asal Peru, Vargas"): no longer phrase.
    return before[-1] in ".!?\n" or (before[-1].isalpha() and before.rsplit(None, 1)[-1][:1].isupper())


def _joined(subject: list[Source], objects: list[Source]) -> list[Source]:
    names = {s.name for s in subject}
    return subject + [o for o in objects if o.name not in names]


def _location(text: str, start: int, end: int) -> str | None:
    """The place after ``di``; of ``pangkalan X, Vostochny`` the named part."""
    m = _LOCATION.search(text, start, end)
    if m is None:
        return None
    stop = _LOCATION_END.search(text, m.end(), end)
    phrase = text[m.end() : stop.start() if stop else end].strip(" ,")
    segments = [s.strip() for s in phrase.split(",") if s.strip()]
    if not segments:
        return None
    if segments[0][0].islower():
        named = next((s for s in segments[1:] if s[0].isupper()), None)
        return _named_part(named or segments[0])
    return _named_part(segments[0])


def _named_part(place: str) -> str:
    """A place up to the end of its name: "Osaka beberapa waktu lalu" is Osaka.

    Lower-case words before the name stay ("kantor pusat Bank X"); after it they are the
    rest of the sentence.
    """
    words = place.split()
    for i in range(1, len(words)):
        if words[i][0].islower() and words[i - 1][0].isupper():
            return " ".join(words[:i])
    return place


def _status(text: str, opening: tuple[int, int], trigger_end: int, end: int) -> MeetingStatus:
    """Cancelled, proposed or planned by the words around the trigger; else it happened.

    ``opening`` is the sentence's start and the trigger clause's: a hope or a condition
    may open the sentence ("Semoga ...", "Jika ..., X akan bertemu").
    """
    sentence, clause = opening
    window_before = (clause, trigger_end)
    if _CANCELLED.search(text, *window_before) or _CANCELLED.search(text, trigger_end, end):
        return MeetingStatus.CANCELLED
    if _PROPOSED.search(text, sentence, trigger_end):
        return MeetingStatus.PROPOSED
    if _PLANNED.search(text, *window_before):
        return MeetingStatus.PLANNED
    return MeetingStatus.OCCURRED


def _clause_start(text: str, start: int, trigger: int) -> int:
    dateline = DATELINE.match(text, start, min(trigger, start + DATELINE_REACH))
    if dateline:
        start = dateline.end()  # "JAKARTA, KOMPAS.com - "
    clause = past_connectives(text, start, trigger, phrases=True)
    for opener in _CLAUSE_OPENER.finditer(text, clause, trigger):
        clause = opener.end()
    return clause


def _subject_end(text: str, clause: int, trigger: int) -> int:
    end = trigger
    while True:
        tail = _ADVERB_TAIL.search(text, clause, end)
        if tail is None or tail.start() <= clause:
            return end
        end = tail.start()


def _object_end(text: str, start: int, end: int) -> int:
    stop = _STOP.search(text, start, end)
    return stop.start() if stop else end


def _distinct(parties: list[Source], expand: Callable[[str], str | None]) -> list[Source]:
    """The parties, each once.

    A body named twice over, by its name and by the acronym the article gives for it
    ("Badan Urusan Logistik (Bulog)"), or by its name and that name with its country or
    region ("DPR RI", "DPR"), is one party: the first written.
    """
    seen: set[str] = set()
    bodies: list[tuple[str, ...]] = []
    out = []
    for p in parties:
        key = _party_key(p)
        if not key or key in seen or (p.name or "").casefold() in PRONOUNS:
            continue
        if not p.person and p.name and p.name[0].isupper():  # "pemerintah" is no one body
            words = tuple((expand(p.name) or p.name).split())
            if any(_same_body(words, other) for other in bodies):
                continue
            bodies.append(words)
        seen.add(key)
        out.append(p)
    return out


_COUNTRY = "RI"  # "DPR RI": the republic, after a state body's name


def _same_body(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names are one body: the same, or one with its country or region after it.

    "DPR" and "DPR RI" are one; "Bank Indonesia" and "Bank Indonesia Perwakilan Jawa
    Barat" are two, the second a branch.
    """
    shorter, longer = sorted((a, b), key=len)
    return [w.casefold() for w in longer[: len(shorter)]] == [w.casefold() for w in shorter] and all(
        role(w) is Role.PLACE or w == _COUNTRY for w in longer[len(shorter) :]
    )


def _meeting(text: str, e: _Event) -> Meeting:
    first = e.evidence[0]
    return Meeting(
        participants=tuple(p.name for p in e.parties if p.name),
        date=e.date.value if e.date else None,
        location=e.location,
        topic=e.topic,
        status=e.status,
        mode=e.mode,
        start=first.start,
        end=first.end,
        text=text[first.start : first.end],
        evidence=tuple(e.evidence),
        rule=e.rule,
    )
