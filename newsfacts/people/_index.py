"""The people index: runs of capitalised words split into title and name, then linked."""

from __future__ import annotations

import bisect
import enum
from collections.abc import Callable, Iterator, Sequence
from typing import Literal

import attrs
import regex

from newsfacts._cache import cache_short
from newsfacts._lexicon import alternation, lazy, lazy_at_end, load
from newsfacts._text import within
from newsfacts.model import EntityKind, Person, Span

__all__ = [
    "HONORIFICS",
    "ORG_HEADS",
    "PRONOUNS",
    "RANKS",
    "UNIT_CODE",
    "UNNAMED_HEADS",
    "Mention",
    "PeopleIndex",
    "Referent",
    "Role",
    "after_place_noun",
    "is_place",
    "lower_case_words",
    "organisation_in",
    "past_opening_word",
    "role",
    "split_run",
    "words_of",
]

_LEX = load("people")
HONORIFICS = frozenset(_LEX["honorifics"])
RANKS = frozenset(_LEX["ranks"]) | HONORIFICS
_TITLES = frozenset(_LEX["titles"]) | RANKS
_PLACES = frozenset(_LEX["places"])
_FUNCTION = frozenset(_LEX["function_words"])
ORG_HEADS = frozenset(_LEX["org_heads"])
_ORG_NAMES = frozenset(_LEX["org_names"])
_ORG_TAILS = frozenset(_LEX["org_tails"])
# Heads whose next words are the body's own name ("PT Sinar Baja", "Yayasan Budi Mulia"),
# not a field or a place as after "Dinas" or "Polres".
_NAMED_BODY_HEADS = frozenset(_LEX["named_body_heads"])
_PLACE_HEADS = frozenset(_LEX["place_heads"])
_ADMIN_HEADS = frozenset(_LEX["admin_heads"])  # regions an office may head: "Kepala Desa"
_PLACE_PHRASES = frozenset(_LEX["place_phrases"])
_THINGS = frozenset(_LEX["things"])
# "Seorang sumber", "Para ekonom", "Warga": words for people in general, not names.
UNNAMED_HEADS = frozenset(_LEX["unnamed_heads"])
_DEGREES = frozenset(_LEX["degrees"])
_RUN_TAILS = frozenset(_LEX["run_tails"])
_COMPLEMENT_HEADS = frozenset(_LEX["complement_heads"])
# Words that open Balinese and other names and are not titles ("I Putu Yoga").
_NAME_OPENERS = frozenset(_LEX["name_openers"])
PRONOUNS = frozenset(_LEX["pronouns"])
_WELL_KNOWN: dict[str, str] = _LEX["well_known"]

# A capitalised word, an acronym, an initial ("A.") or a hyphenated name; runs of them
# are joined by single spaces or name particles ("Lula da Silva").
_DOTTED = alternation(w for w in _TITLES if w.endswith("."))
# The leading (?=\p{Lu}) lets the engine skip every other position before trying the
# alternatives, which makes the scan several times faster.
_CAPITAL_WORD = r"\p{Lu}[\p{L}\p{M}'\u2019]*(?:-[\p{L}\p{M}]+)*"
_INITIAL = r"\p{Lu}\.(?=[ \t]*\p{Lu})"
_TOKEN = rf"(?=\p{{Lu}})(?:(?:{_DOTTED})|{_INITIAL}|{_CAPITAL_WORD})"
_PARTICLE = rf"(?:{alternation(_LEX['particles'])})[ \t]+"
# A unit's number after its name: "Kodim 0612/Tasikmalaya", "Korem 061/Bogor".
UNIT_CODE = r"\p{N}+/\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}/])"
_RUN = lazy(rf"(?=\p{{Lu}})(?<![\p{{L}}\p{{N}}]){_TOKEN}(?:[ \t]+(?:(?:{_PARTICLE})?{_TOKEN}|{UNIT_CODE}))*")
_WORD = lazy(_TOKEN)
_WORK_CUES = tuple(_LEX["work_cues"])
_WORK_BEFORE = lazy_at_end(rf"(?i)(?<![\p{{L}}])(?:{alternation(_LEX['work_cues'])})\s*:?\s*[\"'\u201c]?\s*$")
_PLACE_PREPOSITIONS = ("di", "ke", "dari", "menuju", "kelahiran", "asal")
_PLACE_BEFORE = lazy_at_end(rf"(?<![\p{{L}}])(?:{alternation(_PLACE_PREPOSITIONS)})[ \t]+$")
# "di kawasan Muara Jaya": no person either, though a body may stand there ("di gedung KPK").
_PLACE_NOUNS = sorted({w.lower().rstrip(".") for w in _LEX["place_heads"]})
_PLACE_NOUN_BEFORE = lazy_at_end(rf"(?<![\p{{L}}])(?:di|ke)[ \t]+(?:{alternation(_PLACE_NOUNS)})[ \t]+$")
# "Joko Widodo (Jokowi)": a name with its short form in parentheses.
_HONORIFIC_BEFORE = rf"(?:(?:{alternation(_LEX['honorifics'])})[ \t]+)"
_NICKNAME = r"(\p{Lu}[\p{Ll}\p{M}'-]+)"
# "Joko Widodo (Jokowi)", "Muhaimin Iskandar (Cak Imin)": a short name in parentheses.
_ALIAS_AFTER = lazy(rf"\s*\({_HONORIFIC_BEFORE}?{_NICKNAME}\)")
# "Bambang Suryadi alias Bams", "... yang akrab disapa Mas Bams", "... atau Cak Imin": the
# nickname the article goes on with. A bare "atau Andi" is another person ("Budi atau
# Andi"), so "atau" needs a form of address.
_NICKNAME_AFTER = lazy(
    rf",?[ \t]+(?:atau[ \t]+{_HONORIFIC_BEFORE}|(?:alias|(?:yang[ \t]+)?(?:akrab|biasa)[ \t]+(?:di)?sapa"
    rf"|sapaan(?:[ \t]+akrab)?(?:nya)?)[ \t]+{_HONORIFIC_BEFORE}?){_NICKNAME}(?![ \t]*\p{{Lu}})"
)
_NICKNAME_WORDS = ("atau", "alias", "sapa")
_ACRONYM_AFTER = lazy(r"\s*\((\p{Lu}[\p{Lu}\p{N}-]+)\)")
# A lone name word counts as a person where the sentence presents it as one.
# "pedagang, Karno, yang": after a lower-case word; not a list of places ("Trust, Shanghai, China").
_INTRODUCED_BEFORE = lazy_at_end(
    r"(?:(?<=(?<![\p{L}])\p{Ll}[\p{L}-]*),|(?<![\p{L}])(?:yakni|yaitu|bernama|adalah|seperti))[ \t]+$"
)
_APPOSITION = lazy(r",[ \t]*")
_OPEN_PAREN = lazy(r"[ \t]*\(")
_TITLE_JOIN = lazy(r"[ \t]+dan[ \t]+")
_JOINED_NAME_WORDS = 2  # a name after a joined title has two words or more
_INTRODUCED_AFTER = lazy(r",|[ \t]+yang(?![\p{L}])")
# "Darto (41)": an age in parentheses makes one word a person wherever it stands.
_AGE_AFTER = lazy(r"[ \t]*\(\d{1,3}(?:[ \t]+tahun)?\)")
# "di lokasi, Sukamulyo, Kecamatan Bojong": an address, each part a place.
_ADDRESS_AFTER = lazy(rf",[ \t]*(?:{alternation(sorted(_LEX['place_heads']))})(?![\p{{L}}])")
# "Senada, Wulan, ibu rumah tangga ...": set off by commas and described in lower case.
_COMMA_BEFORE = lazy_at_end(r",[ \t]+$")
# Not a list ("Tela, Renyah, hingga Gurih"): a conjunction after the comma goes on with it.
_DESCRIBED_AFTER = lazy(
    r",[ \t]*(?!(?:dan|atau|hingga|serta|maupun|sampai|bahkan|juga|lalu|dll|dsb|dst)(?![\p{L}]))\p{Ll}"
)
# "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": an acronym defined in place.
_ACRONYM = lazy(r"\((\p{Lu}[\p{Lu}\p{N}-]{1,9})\)")
_ACRONYM_WORDS = lazy(r"(?:\p{Lu}[\p{L}-]*|dan|&|,)")


class Role(enum.Enum):
    """What a capitalised word is doing in a run."""

    TITLE = "title"
    PLACE = "place"
    FUNCTION = "function"
    ACRONYM = "acronym"
    NAME = "name"


# Nouns formed with ke-...-an, pe(N)-...-an, per-...-an ("Kedatangan", "Pemantauan",
# "Pertemuan") open sentences in capitals but are never names.
# Roman numerals numbering an office ("Komisi IV", "Wilayah V"); a lone "I" opens Balinese names.
_PLACE_AND_NAME = 3  # words after a region word: its name, then a name of two
_NAME_AFTER_REGION = 2  # fewer words after a region word name the region alone
_ROMAN = lazy(r"(?!I$)(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
# A medical specialist's degree, by its shape: "Sp" and the field's capitals, a
# subspecialty after a hyphen ("SpPD", "Sp.OG", "SpPD-KEMD", "Sp.JP(K)"). No name is so written.
# A run cut at the dot leaves "Sp" alone ("dr Rina Sp.OG").
_SPECIALIST = lazy(r"Sp(?:\.?\p{Lu}[\p{Lu}.]*(?:-\p{Lu}+)?(?:\(\p{Lu}\))?)?\.?")
_NOMINAL = lazy(r"(?:Ke|Pe[nmr]?|Peng|Peny)\p{Ll}{3,}an")
# Verbs in meN- and di-...-kan ("Mengingat", "Membawa", "Dikatakan") opening a sentence;
# mid-sentence the same shapes are places ("Menteng"), so only the opening is judged.
_VERB_FORM = lazy(r"Me(?:ng|ny|m[bp]|n[cdjt])\p{Ll}{3,}|Di\p{Ll}{3,}kan")


# A first name cut short ("Sandi" for "Sandiaga") keeps this many letters at least, and
# drops this many at least: a longer name is not a short form of a shorter one.
_SHORT_NAME_LETTERS = 4
_CUT_LETTERS = 2
# Keys longer than these are computed afresh each time (see cache_short): no word or
# name of a real article is as long.
_LONGEST_WORD = 40
_LONGEST_NAME = 120


@cache_short(_LONGEST_WORD)
def role(word: str) -> Role:
    """Classify one capitalised word."""
    bare = word.rstrip(".")
    if word in _TITLES or bare in _TITLES or bare in _DEGREES or bare in _ORG_NAMES:
        return Role.TITLE  # "Ketua KPU Dedi Kurniawan": a body's name is part of the title
    if bare in _PLACES or bare.title() in _PLACES:
        return Role.PLACE
    if (
        bare in _FUNCTION
        or bare.lower() in UNNAMED_HEADS
        or (bare.endswith("nya") and len(bare) > 4)
        or _NOMINAL.fullmatch(bare)
    ):
        # "Informasinya", "Menurutnya": a capitalised -nya word opens a sentence.
        return Role.FUNCTION
    letters = [c for c in bare if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return Role.ACRONYM
    return Role.NAME


@attrs.define  # not frozen: a frozen class's __init__ costs three times as much, per run
class Mention:
    """A run of capitalised words split into its title part and name part (never changed)."""

    start: int
    end: int
    title: str | None
    name: str | None
    name_start: int
    kind: EntityKind
    words: tuple[str, ...]

    #: The words of the name part, as matched against other mentions.
    name_words: tuple[str, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.name_words = words_of(self.name) if self.name else ()


_AFTER_OPENING = frozenset('\n"\u201c\u201d-.,!?')
_PUNCTUATION = ".,;:!?\"'()[]{}\u201c\u201d\u2018\u2019"
_OPENING_WORD = lazy(r"(\p{Lu}[\p{Ll}-]+)(?:[ \t]+|$)")
_SENTENCE_OPENING = lazy_at_end(r"(?:^|[.!?\n\"\u201c\u201d]\s*|,\s*|-\s+)$")


def organisation_in(title: str) -> str | None:
    """The body a title names.

    "Kasat Reskrim Polres Garut AKP" gives "Polres Garut"; "Ketua Umum Gapmebin" gives
    "Gapmebin".
    """
    words = title.replace(",", " ").split()
    while words and words[-1].rstrip(".") in RANKS:
        words.pop()
    # Sub-units come first and the institution last ("Subdit Penmas Polda Maluku"):
    # the last body word names the body a spokesperson speaks for.
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word.rstrip(".") in ORG_HEADS | _ORG_NAMES and (i + 1 < len(words) or word in _ORG_NAMES):
            return " ".join(words[i:])
    if words and role(words[-1]) in {Role.NAME, Role.ACRONYM}:
        return words[-1]
    return None


def is_place(run: str) -> bool:
    """Whether a run of capitalised words is a place the word lists know as a whole."""
    return " ".join(run.split()) in _PLACE_PHRASES


def _is_thing(run: str) -> bool:
    """Whether a run is a holiday, faith, event or team the word lists know ("Idul Adha")."""
    return " ".join(run.split()) in _THINGS


def past_opening_word(text: str, start: int, end: int, written_lower: Callable[[str], bool]) -> int:
    """Skip a common word that is capitalised only because it opens the sentence.

    "Ramalan Budi ...", "Kehadiran Menteri ...": the article writes the same word in
    lower case elsewhere (``written_lower(word)``), which it never does with a name.
    """
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j >= 0 and text[j] not in _AFTER_OPENING:
        return start  # most runs stand mid-sentence: no regex needed to see that
    word = _OPENING_WORD.match(text, start, end)
    if word is None or not _SENTENCE_OPENING.search(text, max(0, start - 4), start):
        return start
    if word[1].lower() in PRONOUNS:
        return start  # "Dia (Ketua KPU) ...": a pronoun is for the resolver to read
    if role(word[1]) is Role.TITLE or word[1] in ORG_HEADS or word[1] in _PLACE_HEADS:
        return start  # "Kementerian Keuangan", "Presiden Joko": the article's "kementerian" is no reason
    return word.end() if _VERB_FORM.fullmatch(word[1]) or written_lower(word[1].lower()) else start


def _written_as_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own.

    As :func:`lower_case_words` reads words: between spaces or punctuation, not inside a
    handle or an address ("@rudi_santoso", "rudi-santoso.com").
    """
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if (before.isspace() or before in _PUNCTUATION) and (after.isspace() or after in _PUNCTUATION):
            return True
        start = text.find(word, start + 1)
    return False


def lower_case_words(text: str) -> frozenset[str]:
    """Every word the text writes in lower case: found once, so lookups stay linear."""
    # str.split and a strip are several times faster than a regex over the whole text.
    return frozenset(w.strip(_PUNCTUATION) for w in text.split() if w[:1].islower())


def split_run(text: str, start: int, end: int) -> Mention | None:
    """Split the run ``text[start:end]`` into title and name; ``None`` if it names no one.

    The name is the longest run of name-like words at the end; what precedes it is the
    title (``Presiden Rusia`` | ``Vladimir Putin``). A run that opens with an
    organisation word (``PT``, ``Kementerian``, ``Polres``) names an organisation.
    """
    # Runs repeat (names, sentence openers), so the split of each distinct run is cached
    # relative to its start and moved to where it stands.
    relative = _split(text[start:end])
    if relative is None:
        return None
    first, stop, title, name_start, kind, words = relative
    name = text[start + name_start : start + stop]
    return Mention(start + first, start + stop, title, name, start + name_start, kind, words)


# (first, end, title, name start, kind, words) of a run, relative to its start.
_Split = tuple[int, int, str | None, int, EntityKind, tuple[str, ...]]


# The words _after_work_cue, _PLACE_BEFORE and after_place_noun look for before a run, as
# _word_before reads them: the last letters, in lower case ("alun-alun" ends in "alun").
_CONTEXT_WORDS = frozenset(
    regex.findall(r"\p{L}+$", word.lower())[0] for word in (*_WORK_CUES, *_PLACE_PREPOSITIONS, *_PLACE_NOUNS)
)
_LAST_WORD = lazy_at_end(r"(\p{L}*)[\s:\"'\u201c]*$")


def _word_before(text: str, start: int) -> str:
    """The letters that end the word before ``start`` (past spaces, a colon, a mark), lower case."""
    found = _LAST_WORD.search(text, max(0, start - 40), start)
    return found[1].lower() if found else ""


def _after_work_cue(text: str, start: int) -> bool:
    """Whether "judul", "berjudul" or "bertajuk" stands right before ``start``."""
    window = text[max(0, start - 16) : start].lower()
    # A plain substring test first: the cue words are rare, the regex is not cheap.
    if not any(cue in window for cue in _WORK_CUES):
        return False
    return _WORK_BEFORE.search(text, max(0, start - 16), start) is not None


def after_place_noun(text: str, start: int) -> bool:
    """Whether ``di`` or ``ke`` and a place noun stand before ``start`` ("di kawasan |Muara Jaya")."""
    before = text[max(0, start - 30) : start]
    # Most names have neither word shortly before them: two finds spare the regex.
    if "di" not in before and "ke" not in before:
        return False
    return _PLACE_NOUN_BEFORE.search(text, max(0, start - 30), start) is not None


def _apposed_name_follows(text: str, end: int, words: int = 2) -> bool:
    """Whether a comma and a person's name of ``words`` or more follow ``end`` (an apposition).

    The name may carry ranks or honorifics ("Kapolres Garut, AKBP Budi Santoso"), not an
    office of its own: "Gubernur Rudi, Bupati Hadi Santoso" lists two people.
    """
    comma = _APPOSITION.match(text, end, end + 4)
    if comma is None or "," not in comma.group():
        return False
    run = _RUN.match(text, comma.end(), comma.end() + 80)
    following = split_run(text, run.start(), run.end()) if run else None
    if (
        following is not None
        and len(following.name_words) == 1
        and text[following.end : following.end + 1] != ","
    ):
        return False  # one word is a name set off only when a comma closes it ("..., Bayu, kata")
    return (
        following is not None
        and following.kind is EntityKind.PERSON
        and len(following.name_words) >= words
        and all(w.rstrip(".") in RANKS or w in RANKS for w in (following.title or "").split())
    )


def _past_function_words(text: str, start: int, end: int) -> int:
    """Where a run's content starts after its leading function words ("Menurut", "Namun").

    Only words of the function-word list: a nominal such as "Perumahan" is a function
    word to :func:`role` at a sentence's start, but inside a title it is content.
    """
    pos = start
    for word in text[start:end].split():
        pos = text.index(word, pos)
        if word not in _FUNCTION:
            return pos
        pos += len(word)
    return end


@cache_short(_LONGEST_NAME)
def _split(run: str) -> _Split | None:
    words = [(m.start(), m.group()) for m in _WORD.finditer(run)]
    # Leading function words ("Namun", "Menurut") are sentence furniture, not names.
    opening = 0
    while opening < len(words) and role(words[opening][1]) is Role.FUNCTION:
        opening += 1
    words = words[opening:]
    # Trailing degrees ("Budi Santoso MPsi") are not part of the name, nor what follows
    # a name in running text ("Polri Rp 5 miliar", "KPU Nomor 8").
    while len(words) > 1 and (
        words[-1][1].rstrip(".") in _DEGREES | _RUN_TAILS or _SPECIALIST.fullmatch(words[-1][1])
    ):
        words.pop()
    if not words or is_place(run) or _is_thing(run):
        return None  # "Laut Flores", "Amerika Serikat": a place
    place = _after_place_head(words)
    if place is None:
        return None  # "Jalan Kapten Muslihat", "Warga Desa Sukamaju": a place
    first = words[0][0]
    all_words = tuple(w for _, w in words)
    body = _body_split(run, words) if not place else False
    if body is not False:
        return body
    span = _name_span(all_words[place:])
    if span is None:
        return None
    i, k = span[0] + place, span[1] + place
    name_start, name_end = words[i][0], words[k - 1][0] + len(words[k - 1][1])
    title = run[first:name_start].strip() or None
    if title is not None and not any(
        role(w) is Role.TITLE or w.rstrip(".") in _ORG_TAILS for w in all_words[:i]
    ):
        # "Pasar Baru", "Jakarta Selatan": nothing marks the run as a person's.
        if not all(role(w) in {Role.PLACE, Role.FUNCTION} for w in all_words[:i]):
            return None
        title = None
    return first, name_end, title, name_start, EntityKind.PERSON, all_words


def _after_place_head(words: list[tuple[int, str]]) -> int | None:
    """Where a person's name may begin, given the place words of a run; ``None`` for a place.

    A run holding a place word ("Desa", "Jalan") names a place, unless an office opens it
    and the place is a region: "Kepala Desa Sukamaju Rudi Santoso" is the village head,
    the village's name part of his title. Two words after the region word are taken for
    his name ("Kepala Desa Rudi Santoso"), more for the region's name and then his.
    """
    heads = [j for j, (_, w) in enumerate(words) if w.rstrip(".") in _PLACE_HEADS]
    if not heads:
        return 0
    if any(words[j][1] not in _ADMIN_HEADS for j in heads) or not any(
        role(w) is Role.TITLE for _, w in words[: heads[0]]
    ):
        return None
    after = heads[-1] + 1
    rest = len(words) - after
    if rest < _NAME_AFTER_REGION:
        return None  # "Kepala Desa Sukamaju": the office alone
    return after + 1 if rest >= _PLACE_AND_NAME else after


def _body_split(run: str, words: list[tuple[int, str]]) -> _Split | Literal[False] | None:
    """The split of a run that names a body, ``None`` for a title alone, ``False`` if neither."""
    first, end = words[0][0], words[-1][0] + len(words[-1][1])
    all_words = tuple(w for _, w in words)
    head = all_words[0].rstrip(".")
    if all_words[-1].rstrip(".") in _ORG_TAILS and len(all_words) > 1:
        if role(all_words[0]) is Role.TITLE:
            return None  # "Ketua Sasaki Peace Foundation": a title, the name follows
        # "World Health Organization", "Bridgewater Associates": named by what they are.
        return first, end, None, first, EntityKind.ORGANIZATION, all_words
    if (head in ORG_HEADS and len(all_words) > 1) or head in _ORG_NAMES:
        body = _body_before_name(all_words)
        if body is None:
            # "Kementerian Luar Negeri", "Polres Garut", "BMKG": a body, not a person.
            return first, end, None, first, EntityKind.ORGANIZATION, all_words
        # "DPRD Jabar Dedi Sutrisno": the body is the person's title.
        name_start = words[body][0]
        return first, end, run[first:name_start].strip(), name_start, EntityKind.PERSON, all_words
    return False


def _body_before_name(words: tuple[str, ...]) -> int | None:
    """Where a person's name starts after a body and its place (``DPRD Jabar | Dedi Sutrisno``).

    Only a place or an acronym may stand between the body and two name words, so that
    ``Bank Central Asia`` stays a body.
    """
    k = 1
    # "KPK AKP Rudi Hartanto": a rank may stand between the body and the name.
    while k < len(words) and (role(words[k]) in {Role.PLACE, Role.ACRONYM} or words[k] in RANKS):
        k += 1
    if k == 1 or len(words) - k < 2 or not all(role(w) is Role.NAME for w in words[k:]):
        return None
    return k


def _name_span(words: tuple[str, ...]) -> tuple[int, int] | None:
    """``(first, past_last)`` indices of a run's name words, or ``None`` if it has none."""
    i = len(words)
    while i > 0 and role(words[i - 1]) is Role.NAME:
        i -= 1
    tail = max((j for j, w in enumerate(words[:-2]) if w.rstrip(".") in _ORG_TAILS), default=-1)
    if tail >= i:
        i = tail + 1  # "Analis Bumi Raya Sekuritas Rudi Santoso": the body's last word ends the title
    if 0 < i < len(words) - 1 and _ROMAN.fullmatch(words[i]) and role(words[i - 1]) is Role.TITLE:
        i += 1  # "Wilayah V Dian Patria", "Komisi IV Budi": the numeral belongs to the title
    if i == len(words):
        # "AKP Budi Kasat Lantas Polres Bantul": the run ends in an office, not a name.
        return _earlier_name(words)
    if i == len(words) - 1 and i > 0 and words[i - 1] in _COMPLEMENT_HEADS:
        return None  # "Dinas Peternakan": the field of an office, not a person
    if (
        i > 0
        and words[i - 1] in _NAMED_BODY_HEADS
        and len(words) - i <= _BODY_NAME_WORDS
        and (i == 1 or role(words[i - 2]) is not Role.NAME)  # "Commonwealth Bank" ends a name
    ):
        # "Direktur Utama PT Sinar Baja": the words after the head name the company; a
        # person's name after them needs a longer run, or a comma ("..., Budi Santoso").
        return _earlier_name(words[: i - 1])
    if i > 0 and words[i - 1].rstrip(".") in ORG_HEADS | _ORG_NAMES:
        # "AKP Muaz Kasat Lantas Polres Gowa": "Polres Gowa" is the office; the name is
        # the one after the rank, earlier in the run (if there is one).
        earlier = _earlier_name(words[: i - 1])
        if earlier is not None:
            return earlier
    return i, len(words)


def _earlier_name(words: tuple[str, ...]) -> tuple[int, int] | None:
    """The name words right after a rank or honorific, if the run has them."""
    for j in range(len(words) - 1):
        if words[j] in RANKS and role(words[j + 1]) is Role.NAME:
            k = j + 1
            while k < len(words) and role(words[k]) is Role.NAME:
                k += 1
            return j + 1, k
    return None


@attrs.define(eq=False)  # referents are compared by identity: two may look alike
class Referent:
    """A person or organisation being built up from the article's mentions."""

    name: str
    title: str | None
    kind: EntityKind
    mentions: list[Span]
    titles: set[str]
    aliases: set[str] = attrs.Factory(set)
    #: Position among the article's referents, for ties: the earlier one wins.
    order: int = 0
    # Index of the first name word, where a later mention shows that words before it
    # belong to the title ("Analis Pasar Budi Santoso" ... "kata Budi").
    first_word: int = 0

    #: The words of the name, for matching short references; kept with ``name``.
    words: tuple[str, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.words = words_of(self.name)

    def rename(self, name: str) -> None:
        """Take a fuller (or trimmed) name."""
        self.name = name
        self.words = words_of(name)


# At most this many name words after a named body's head are the body's own name.
_BODY_NAME_WORDS = 2
# Person names of two or three words; longer runs with matching initials are bodies.
_INITIALS_WORDS = (2, 3)


def _is_initials(acronym: str, mention: Mention) -> bool:
    """Whether ``acronym`` spells the initials of a person's two- or three-word name."""
    words = mention.name_words
    return (
        mention.kind is EntityKind.PERSON
        and len(words) in _INITIALS_WORDS
        and acronym == "".join(w[0] for w in words)
        and all(role(w) is Role.NAME for w in words)
    )


_HEADING_WORDS = 10
_HEADING_CHARS = 120
_FIND_LIMIT = 20_000  # text length up to which written_lower searches instead of indexing
_HEADING_END = frozenset('.!?,;:"\u201d)')


def _in_heading(text: str, start: int, end: int) -> bool:
    """Whether a run stands in a short line of capitalised words with no sentence end."""
    line_start = text.rfind("\n", max(0, start - _HEADING_CHARS), start) + 1
    if line_start == 0:
        return False  # the first line, or a long one: a title, a lead or a paragraph
    line_end = text.find("\n", end, end + _HEADING_CHARS)
    if line_end < 0 and end + _HEADING_CHARS < len(text):
        return False  # a long line is a paragraph
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    words = line.split()
    return (
        len(words) <= _HEADING_WORDS
        and line[-1] not in _HEADING_END
        and sum(w[0].isupper() or w[0].isdigit() for w in words) > len(words) // 2
    )


@cache_short(_LONGEST_NAME)  # names recur within and across articles
def words_of(name: str) -> tuple[str, ...]:
    """A name's words for matching: ``Budi A. Santoso`` and ``Budi A Santoso`` agree."""
    return tuple(w.rstrip(".") for w in name.split())


def _follows_title(text: str, title_end: int, after: int, start: int) -> bool:
    """Whether a name at ``start`` is apposed to the title that ends at ``title_end``.

    After a comma ("Ketua Forum Nelayan, Budi"), or right after the title's short form
    (``after`` is past it: "Sekretaris Kabinet (Seskab) Teddy").
    """
    return bool(_APPOSITION.fullmatch(text, after, start)) or (
        after > title_end and not text[after:start].strip()
    )


def _in_parentheses_at(text: str, after: int, start: int, end: int) -> bool:
    """Whether the one word ``text[start:end]`` stands in parentheses right after ``after``."""
    return (
        text[end : end + 1] == ")"
        and " " not in text[start:end]
        and bool(_OPEN_PAREN.fullmatch(text, after, start))
    )


def _outside(
    runs: Iterator[regex.Match[str]], spans: Sequence[tuple[int, int]]
) -> Iterator[regex.Match[str]]:
    """The ``runs`` that start in none of the sorted, disjoint ``spans``."""
    return (run for run in runs if not within(spans, run.start()))


def _fullest_first(r: Referent) -> tuple[int, int]:
    return len(r.words), -r.order


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


@attrs.define
class PeopleIndex:
    """The people of one article, and the lookups quote and meeting rules need."""

    text: str
    referents: list[Referent]
    acronyms: dict[str, str]
    # (start, end, referent) for every linked mention, in text order.
    timeline: list[tuple[int, int, Referent]]
    # Name word (or alias) -> the referents that have it, for short references.
    by_word: dict[str, list[Referent]] = attrs.Factory(dict)
    # Title word -> (offset, referent) of the mentions that carried it, in text order.
    by_title_word: dict[str, list[tuple[int, Referent]]] = attrs.Factory(dict)
    # Short forms the article gives for bodies in parentheses ("Apindo").
    short_forms: set[str] = attrs.Factory(set)
    # Short forms the article gives for titles in parentheses ("Seskab").
    title_forms: set[str] = attrs.Factory(set)
    # Every word the text writes in lower case, found on first need in a long text;
    # in a short one, each word asked about.
    _lower: frozenset[str] | None = None
    _lower_seen: dict[str, bool] = attrs.Factory(dict)
    # Word -> whom it names alone (the one it is an alias of, else the fullest name holding
    # it), kept until a name or alias with that word changes: a long text asks again and again.
    _fullest: dict[str, Referent | None] = attrs.Factory(dict)
    # The first letters of each person's first name -> those persons, for short forms.
    _by_start: dict[str, list[Referent]] = attrs.Factory(dict)
    # A name's words -> the referents so named (some renamed since: checked on use).
    _by_words: dict[tuple[str, ...], list[Referent]] = attrs.Factory(dict)
    # (referent, key) pairs already indexed, so no list is searched to avoid a repeat.
    _indexed: set[tuple[int, object]] = attrs.Factory(set)
    _longest_name: int = 0  # words in the longest name indexed

    @classmethod
    def of(cls, text: str, skip: Sequence[tuple[int, int]] = ()) -> PeopleIndex:
        """Index the people named in ``text``, outside the sorted spans ``skip``.

        ``skip`` holds the lines that are the outlet's, not the story's ("Simak juga Video:
        Budi Minta Maaf ..."): a headline there would lend its words to a name.
        """
        index = cls(text, [], _acronyms(text), [])
        title_run: tuple[int, int] | None = None
        title_after = 0  # where what follows a title begins: past its short form, if it has one
        for run in _RUN.finditer(text) if not skip else _outside(_RUN.finditer(text), skip):
            lone = run.group()
            run_start, run_end = run.span()
            if (
                title_run
                and lone not in index.acronyms
                and _in_parentheses_at(text, title_after, run_start, run_end)
            ):
                # "Sekretaris Kabinet (Seskab) Teddy ...": the short form of a title, which
                # the article may later write before the name alone ("Seskab Teddy"). A
                # body's acronym ("Kepala Balai ... (BBPJN) Jawa Timur") is the body's.
                index.title_forms.add(lone)
                title_after = run_end + 1
                continue
            if " " not in lone and "\t" not in lone and _split(lone) is None and role(lone) is not Role.TITLE:
                # Nearly half the runs are one word that names no one ("Namun", "Senin"):
                # there is no opening word to skip and no title to carry.
                if lone in index.by_word:  # an alias given earlier ("Rudi Santoso (RS)")
                    index._add_initials(run_start, run_end)
                title_run = None
                continue
            start = past_opening_word(text, run_start, run_end, index.written_lower)
            mention = index.named(split_run(text, start, run_end))
            if mention is None or mention.name is None:
                if text[start:run_end] in index.by_word:
                    index._add_initials(start, run_end)
                title_start = _past_function_words(text, start, run_end)
                opening = text[title_start:run_end].split(maxsplit=1)[:1]
                title_run = (title_start, run_end) if opening and role(opening[0]) is Role.TITLE else None
                title_after = run_end
                continue
            if (
                title_run
                and mention.title is None
                and mention.kind is EntityKind.PERSON
                and _follows_title(text, title_run[1], title_after, start)
            ):
                # "Ketua Forum Nelayan, Budi Santoso": the title stands before the comma.
                mention = attrs.evolve(mention, title=text[title_run[0] : title_run[1]])
            elif title_run and _TITLE_JOIN.fullmatch(text, title_run[1], start):
                mention = index._joined_title(mention, title_run[0], run_end)
            title_run = None
            if not _in_heading(text, run_start, run_end):
                # A title-case subheading ("Harga Beras Naik Lagi") names no one.
                index._read(mention, run_start, run_end)
        index._trim_titles()
        return index

    def _joined_title(self, mention: Mention, title_start: int, end: int) -> Mention:
        """A person's mention whose title goes on past "dan" ("Menteri Kelautan dan Perikanan X").

        A title of its own before a one-word name ("... dan Kasi Datun", "Raja X dan Ratu
        Sinta") is a second office or person, not the rest of the first title.
        """
        if mention.kind is not EntityKind.PERSON:
            return mention
        if mention.title is None:
            return self._past_title_field(mention, title_start, end) or mention
        if len(mention.name_words) < _JOINED_NAME_WORDS:
            return mention
        return attrs.evolve(mention, title=self.text[title_start : mention.name_start].strip())

    def _past_title_field(self, mention: Mention, title_start: int, end: int) -> Mention | None:
        """The mention with the field that ends a joined title moved into it.

        The field is the first word, and after it the words the article also writes in
        lower case ("Pembangunan Daerah Tertinggal"), leaving a name of two words or more.
        """
        words = self.text[mention.start : end].split()
        field = 1
        while len(words) - field > _JOINED_NAME_WORDS and self.written_lower(words[field].lower()):
            field += 1
        if len(words) - field < _JOINED_NAME_WORDS:
            return None
        pos = mention.start
        for word in words[:field]:
            pos = self.text.index(word, pos) + len(word)
        named = self.named(split_run(self.text, self.text.index(words[field], pos), end))
        if named is None or named.name is None or named.kind is not EntityKind.PERSON:
            return None
        return attrs.evolve(named, title=self.text[title_start : named.name_start].strip())

    def _read(self, mention: Mention, start: int, end: int) -> None:
        """Add one mention, with the short forms in parentheses after it."""
        text = self.text
        if mention.kind is EntityKind.PERSON and not self._is_person_like(mention, start, end):
            return
        # Each test below needs one of a few words right before the run: most runs have
        # none, and one look at that word spares the three.
        if _word_before(text, start) in _CONTEXT_WORDS:
            if _after_work_cue(text, start):
                return  # "dengan judul Menteri Tinjau Sawah": the title of a work names no one
            if _PLACE_BEFORE.search(text, max(0, start - 12), start) or (
                mention.kind is EntityKind.PERSON and after_place_noun(text, start)
            ):
                return  # "di Vostochny Cosmodrome": a place, however name-like
        # Most mentions have no parentheses after them: one look spares two regexes.
        parenthesised = text[end : end + 60].lstrip()[:1] == "("
        acronym = _ACRONYM_AFTER.match(text, end, end + 40) if parenthesised else None
        initials = acronym is not None and _is_initials(acronym[1], mention)
        if acronym and not initials and len(mention.words) > 1 and acronym[1][0] == mention.words[0][0]:
            # "Indeks Harga Saham Gabungan (IHSG)": a defined term or body, not a person.
            mention = attrs.evolve(mention, kind=EntityKind.ORGANIZATION, title=None)
        ref = self._add(mention)
        alias = _ALIAS_AFTER.match(text, end, end + 60) if parenthesised else None
        if (
            alias is None
            and mention.kind is EntityKind.PERSON
            and any(w in text[end : end + 30] for w in _NICKNAME_WORDS)
        ):
            alias = _NICKNAME_AFTER.match(text, end, end + 60)
        if acronym and initials:
            # "Budi Hartono (BH)": crime and court news go on with the initials alone.
            self._alias(ref, acronym[1])
        elif alias and mention.kind is EntityKind.ORGANIZATION:
            self.short_forms.add(alias[1])  # "Asosiasi Pengusaha Indonesia (Apindo)"
        elif alias and mention.kind is EntityKind.PERSON:
            self._alias(ref, alias[1])  # "Joko Widodo (Jokowi)"

    def _alias(self, ref: Referent, alias: str) -> None:
        ref.aliases.add(alias)
        self.by_word.setdefault(alias, []).append(ref)
        self._fullest.pop(alias, None)

    def _past_defined_acronym(self, mention: Mention) -> Mention:
        """Move a body or title the article abbreviates into the title.

        ``Ketua Apindo | Budi``; ``Seskab | Teddy`` once ``Sekretaris Kabinet (Seskab)`` is written.
        """
        words = mention.name_words
        if mention.kind is not EntityKind.PERSON or len(words) < 2:
            return mention
        if not self.is_body_word(words[0]) and words[0] not in self.title_forms:
            return mention
        name_start = self.text.index(words[1], mention.name_start + len(words[0]), mention.end)
        title = self.text[mention.start : name_start].strip()
        return attrs.evolve(
            mention, title=title, name=self.text[name_start : mention.end], name_start=name_start
        )

    def _add_initials(self, start: int, end: int) -> None:
        """A mention by a person's initials, once the article has given them ("BH")."""
        word = self.text[start:end]
        ref = next((r for r in self.by_word.get(word, ()) if word in r.aliases), None)
        if ref is not None and ref.kind is EntityKind.PERSON:
            ref.mentions.append(Span(start, end, word))
            self.timeline.append((start, end, ref))

    def _trim_titles(self) -> None:
        for ref in self.referents:
            full = _WELL_KNOWN.get(ref.name) if ref.kind is EntityKind.PERSON else None
            if full is not None:
                # "Prabowo" alone: the article gives no fuller name, the public one is known.
                self._alias(ref, ref.name)
                ref.rename(full)
                self._index_words(ref)
                continue
            if ref.first_word:
                words = ref.name.split()
                ref.title = " ".join(filter(None, [ref.title, " ".join(words[: ref.first_word])]))
                ref.rename(" ".join(words[ref.first_word :]))
                ref.first_word = 0
                self._index_words(ref)  # findable by its trimmed name too
        self._fullest.clear()  # names were trimmed: what held a word may hold it no more

    def _is_person_like(self, mention: Mention, start: int, end: int) -> bool:
        """Two name words, a title, or an appositive (``pedagang, Karno, yang``) make a person."""
        if len(mention.name_words) >= 2 or mention.title or " ".join(mention.name_words) in _WELL_KNOWN:
            return True
        text = self.text
        # Most such words have neither a comma nor a parenthesis after them: one look
        # spares the regexes.
        following = text[end : end + 10]
        after = following[:2]
        if after[:1] == "," and _ADDRESS_AFTER.match(text, end, end + 20):
            return False
        # The cheaper look after the name first: it rules most mentions out.
        introduced = (
            (after[:1] == "," or "yang" in following)
            and _INTRODUCED_AFTER.match(text, end, end + 10)
            and _INTRODUCED_BEFORE.search(text, max(0, start - 10), start)
        )
        aged = "(" in after and _AGE_AFTER.match(text, end, end + 14)
        described = (
            after[:1] == ","
            and _DESCRIBED_AFTER.match(text, end, end + 14)
            and _COMMA_BEFORE.search(text, max(0, start - 4), start)
        )
        return bool(introduced or aged or described) or self._find(mention.name_words) is not None

    def _find(self, words: tuple[str, ...], kind: EntityKind | None = None) -> Referent | None:
        """The referent whose name holds ``words`` in order; the fullest, then the first.

        With ``kind``, only referents of that kind.
        """
        if not words:
            return None
        if len(words) == 1:
            return self._find_word(words[0], kind)
        # A name that holds the words holds the rarest of them; a name the words hold is
        # one of their runs. Looking only there spares comparing with every name that
        # shares a common word ("Budi").
        rarest = min(words, key=lambda w: len(self.by_word.get(w, ())))
        matches = [r for r in self.by_word.get(rarest, ()) if _contains(r.words, words)]
        longest = min(len(words), self._longest_name)  # no name is longer: no longer run to try
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + longest) + 1):
                matches.extend(r for r in self._by_words.get(words[i:j], ()) if r.words == words[i:j])
        matches = [r for r in matches if kind in (None, r.kind)]
        return max(matches, key=_fullest_first) if matches else None

    def _find_word(self, word: str, kind: EntityKind | None) -> Referent | None:
        """:meth:`_find` for one word: the person it is an alias of, else the fullest name holding it."""
        if kind is None and word in self._fullest:
            return self._fullest[word]
        holders = self.by_word.get(word)
        if not holders:
            return None  # most single words asked about belong to no one yet
        found = next((r for r in holders if word in r.aliases and kind in (None, r.kind)), None)
        if found is None:
            held = [r for r in holders if word in r.words and kind in (None, r.kind)]
            found = max(held, key=_fullest_first) if held else None
        if kind is None:
            self._fullest[word] = found
        return found

    def _add(self, mention: Mention) -> Referent:
        assert mention.name is not None
        span = Span(mention.name_start, mention.end, self.text[mention.name_start : mention.end])
        ref = self._find(mention.name_words)
        if ref is None and mention.title and len(mention.name_words) == 1:
            ref = self._cut_short(mention.name_words[0])  # "Romo Anton" after "Romo Antonius Haryanto"
        # One untitled word of a body's name is that body ("PT Tirta Karya ... Tirta"); a
        # fuller or titled name is someone else, or the same person again.
        if (
            ref is not None
            and ref.kind is not mention.kind
            and (mention.title or len(mention.name_words) > 1)
        ):
            ref = self._find(mention.name_words, mention.kind)
        if ref is None:
            ref = Referent(mention.name, mention.title, mention.kind, [], set(), order=len(self.referents))
            self.referents.append(ref)
            self._index_words(ref)
        elif len(mention.name_words) > len(ref.words):
            ref.rename(mention.name)  # "Lukashenko" first, "Alexander Lukashenko" later
            self._index_words(ref)
        elif (
            len(mention.name_words) == 1
            and mention.name_words[0] in ref.words[1:-1]
            and not _NAME_OPENERS.intersection(ref.words[: ref.words.index(mention.name_words[0])])
        ):
            # Referred to by a middle word: that word is where the name begins.
            ref.first_word = max(ref.first_word, ref.words.index(mention.name_words[0]))
        if mention.title:
            ref.title = ref.title or mention.title
            ref.titles.update(w.rstrip(".") for w in mention.title.split())
            for word in ref.titles:
                self.by_title_word.setdefault(word, []).append((mention.start, ref))
        ref.mentions.append(span)
        self.timeline.append((mention.start, mention.end, ref))
        return ref

    def people(self) -> tuple[Person, ...]:
        """The public records, in order of first mention."""
        return tuple(
            Person(name=r.name, title=r.title, kind=r.kind, mentions=tuple(r.mentions))
            for r in self.referents
        )

    # Lookups used by the quote and meeting rules.

    def named(self, mention: Mention | None) -> Mention | None:
        """``mention``, unless its "name" is made of words the article also writes in lower case.

        One such word after a title names an office ("Direktur Jenderal Pajak", "Kepala
        Puskesmas"); two or more name a programme or a thing ("Makan Bergizi Gratis").
        Nor is one word after a title a name where a full name stands in apposition.
        """
        if mention is None or mention.kind is not EntityKind.PERSON:
            return mention
        words = mention.name_words
        if (len(words) > 1 or mention.title) and all(self.written_lower(w.lower()) for w in words):
            return None
        if mention.title and len(words) == 1 and _apposed_name_follows(self.text, mention.end):
            return None  # "Rektor Unipa, Prof Budi Santoso": where the name after it works
        if (
            mention.title
            and _ADMIN_HEADS.intersection(mention.title.split())
            and _apposed_name_follows(self.text, mention.end, words=1)
        ):
            return None  # "Kepala Desa Karang Anyar, Darto": the region's name, then his
        return self._past_defined_acronym(mention)

    def written_lower(self, word: str) -> bool:
        """Whether the text writes ``word`` (given in lower case) in lower case somewhere."""
        if len(self.text) <= _FIND_LIMIT:
            # A few str.find calls on a news article beat building a set of all its words.
            found = self._lower_seen.get(word)
            if found is None:
                found = self._lower_seen[word] = _written_as_word(self.text, word)
            return found
        if self._lower is None:
            self._lower = lower_case_words(self.text)  # long texts: one linear pass
        return word in self._lower

    def find(self, words: tuple[str, ...]) -> Referent | None:
        """The referent a short reference such as ``("Nehammer",)`` points to.

        A single word that is no one's may be a person's first name cut short ("Sandi"):
        looked for here, once the article is read, and not while it is indexed, where a
        word the article introduces as someone ("Andi, warga setempat,") is its own person.
        """
        found = self._find(words)
        return found if found is not None or len(words) != 1 else self._cut_short(words[0])

    def by_title(self, word: str, before: int) -> Referent | None:
        """The latest person before ``before`` whose title holds ``word`` (``Kapolresta``)."""
        found = self.by_title_word.get(word, [])
        i = bisect.bisect_left(found, before, key=lambda e: e[0])
        return found[i - 1][1] if i else None

    def _index_words(self, ref: Referent) -> None:
        for word in ref.words:
            self._fullest.pop(word, None)
            if self._first_time(ref, word):
                self.by_word.setdefault(word, []).append(ref)
        if self._first_time(ref, ref.words):
            self._by_words.setdefault(ref.words, []).append(ref)
            self._longest_name = max(self._longest_name, len(ref.words))
        first = ref.words[0] if ref.kind is EntityKind.PERSON and ref.words and ref.words[0].isalpha() else ""
        for cut in range(_SHORT_NAME_LETTERS, len(first) - _CUT_LETTERS + 1):
            if self._first_time(ref, ("start", first[:cut])):
                self._by_start.setdefault(first[:cut], []).append(ref)

    def _first_time(self, ref: Referent, key: object) -> bool:
        """Whether ``ref`` is indexed under ``key`` for the first time (and note that it now is)."""
        seen = (id(ref), key)
        if seen in self._indexed:
            return False
        self._indexed.add(seen)
        return True

    def _cut_short(self, word: str) -> Referent | None:
        """The one person whose first name ``word`` begins, as a short form of it does.

        "Sandiaga Uno" ... "kata Sandi", "Romo Antonius Haryanto" ... "Romo Anton". Only
        where the article gives no one the word itself, and only one person fits.
        """
        # Entries of names renamed since they were indexed are checked against the name now.
        fits = [
            r
            for r in self._by_start.get(word, ())
            if r.words[0].startswith(word) and len(r.words[0]) - len(word) >= _CUT_LETTERS
        ]
        return fits[0] if len(fits) == 1 else None

    def by_initials(self, initials: str) -> Referent | None:
        """The one person whose two- or three-word name these initials spell ("FS")."""
        found = [
            r
            for r in self.referents
            if r.kind is EntityKind.PERSON
            and len(r.words) in _INITIALS_WORDS
            and "".join(w[0] for w in r.words) == initials
        ]
        return found[0] if len(found) == 1 else None

    def is_body_word(self, word: str) -> bool:
        """Whether the article defines ``word`` as a body's acronym or short form."""
        return word in self.acronyms or word in self.short_forms

    def expand_acronym(self, acronym: str) -> str | None:
        """The written-out name of an acronym the article defines (``BMKG``)."""
        return self.acronyms.get(acronym)


def _acronyms(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        acronym = m[1]
        words: list[regex.Match[str]] = []
        pos = m.start()
        # Walk back over capitalised words, commas and "dan" while their initials can
        # still spell the acronym.
        for word in reversed(list(_ACRONYM_WORDS.finditer(text, max(0, pos - 120), pos))):
            gap = text[word.end() : pos]
            if gap.strip(" ,") or len(words) >= 10:
                break
            words.insert(0, word)
            pos = word.start()
            if word.group()[0] == acronym[0] and word.group()[0].isupper() and len(words) > 1:
                candidate = text[word.start() : m.start()].strip(" ,")
                found.setdefault(acronym, candidate)
    return found
