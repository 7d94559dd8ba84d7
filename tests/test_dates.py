"""Date corpus: many surface forms, one expected value, at one fixed reference date.

The reference date is Tuesday 12 April 2022 unless a row says otherwise. Rows are
numbered by phenomenon (D1, D2, ...) so a failure names what broke.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from newsfacts import DateFlag, Grain

REF = dt.date(2022, 4, 12)  # a Tuesday

# (phenomenon, sentence, expression as written, ISO value)
CORPUS = [
    # D1 weekday with day/month in parentheses, with and without year
    ("D1", "Mereka akan bertemu pada Rabu (13/4).", "Rabu (13/4)", "2022-04-13"),
    ("D1", "Hal itu disampaikan Senin (11/4/2022).", "Senin (11/4/2022)", "2022-04-11"),
    ("D1", "Ia tiba di bandara Jumat (3/1/25).", "Jumat (3/1/25)", "2025-01-03"),
    ("D1", "Keputusan diambil pada Rabu, (6/4) waktu setempat.", "Rabu, (6/4)", "2022-04-06"),
    ("D1", "Gempa terjadi Minggu (10/4) pagi.", "Minggu (10/4) pagi", "2022-04-10"),
    ("D1", "Sidang digelar Kamis (7/4) lalu.", "Kamis (7/4) lalu", "2022-04-07"),
    (
        "D1",
        "Konferensi berlangsung Sabtu-Minggu (9-10/4/2022).",
        "Sabtu-Minggu (9-10/4/2022)",
        "2022-04-09/2022-04-10",
    ),
    ("D1", "Demikian kata dia dalam rilis (11/4/2022).", "(11/4/2022)", "2022-04-11"),
    ("D1", "Wali kota sidak pada Senin pagi (11/4/2022).", "Senin pagi (11/4/2022)", "2022-04-11"),
    # D2 a weekday with a part of day, a bare weekday by tense
    ("D2", "Rombongan akan tiba pada Rabu pagi.", "Rabu pagi", "2022-04-13"),
    ("D2", "Polisi menangkap pelaku pada Senin malam.", "Senin malam", "2022-04-11"),
    ("D2", "Pertandingan dijadwalkan berlangsung Sabtu.", "Sabtu", "2022-04-16"),
    ("D2", "Korban ditemukan warga pada Jumat.", "Jumat", "2022-04-08"),
    ("D2", "Ia sudah pulang sejak Kamis lalu.", "Kamis lalu", "2022-04-07"),
    ("D2", "Pasar itu ramai pada Minggu lalu.", "Minggu lalu", "2022-04-10"),
    # D3 absolute dates, abbreviations and old spellings
    ("D3", "Rusia menyerang pada 24 Februari 2022.", "24 Februari 2022", "2022-02-24"),
    ("D3", "Kontrak diteken 5 Agt 2021 di Surabaya.", "5 Agt 2021", "2021-08-05"),
    ("D3", "Kontrak diteken 5 Agu 2021 di Surabaya.", "5 Agu 2021", "2021-08-05"),
    ("D3", "Proyek selesai 7 Sept 2021.", "7 Sept 2021", "2021-09-07"),
    ("D3", "Panen raya pada 3 Nopember 2020.", "3 Nopember 2020", "2020-11-03"),
    ("D3", "Ia lahir 2 Pebruari 1990.", "2 Pebruari 1990", "1990-02-02"),
    ("D3", "Laporan terbit Okt. 2021.", "Okt. 2021", "2021-10"),
    ("D3", "Angka itu tercatat pada Desember 2021.", "Desember 2021", "2021-12"),
    ("D3", "Surat bertanggal 24/2/2022 itu beredar.", "24/2/2022", "2022-02-24"),
    ("D3", "Dokumen bertanggal 2022-02-24 itu beredar.", "2022-02-24", "2022-02-24"),
    ("D3", "Pada Kamis, 5 Mei 2022 ia dilantik.", "Kamis, 5 Mei 2022", "2022-05-05"),
    ("D3", "Permohonan naik pada Juni tahun 2021.", "Juni tahun 2021", "2021-06"),
    # D4 years where the words around them make them dates
    ("D4", "Perusahaan itu berdiri pada 2019.", "2019", "2019"),
    ("D4", "Jumlahnya naik pada tahun 2019.", "tahun 2019", "2019"),
    ("D4", "Kemitraan terjalin sejak 2008.", "2008", "2008"),
    ("D4", "Ia bermain di klub itu pada kurun 2004-2009.", "2004-2009", "2004/2009"),
    ("D4", "Dana hibah cair untuk program 2016 sampai 2018.", "2016 sampai 2018", "2016/2018"),
    ("D4", "Pada 2017 lalu pabrik gula itu tutup.", "2017 lalu", "2017"),
    ("D4", "Jembatan kayu itu dibangun pada 1885.", "1885", "1885"),
    ("D4", "Jalan tol rampung pada tahun 2030 mendatang.", "tahun 2030 mendatang", "2030"),
    ("D4", "Ekspor naik pada 2015, 2016 dan 2017.", "2016", "2016"),
    # D5 relative days
    ("D5", "Barang bukti dimusnahkan hari ini.", "hari ini", "2022-04-12"),
    ("D5", "Ia tiba di Jakarta kemarin.", "kemarin", "2022-04-11"),
    ("D5", "Mereka bertolak kemarin lusa.", "kemarin lusa", "2022-04-10"),
    ("D5", "Sidang dilanjutkan besok.", "besok", "2022-04-13"),
    ("D5", "Sidang dilanjutkan lusa.", "lusa", "2022-04-14"),
    ("D5", "Hujan deras mengguyur kota semalam.", "semalam", "2022-04-11"),
    ("D5", "Banjir melanda tadi malam.", "tadi malam", "2022-04-11"),
    ("D5", "Awan aneh terlihat tadi siang.", "tadi siang", "2022-04-12"),
    # D19 a weekday before a numeric date without parentheses
    ("D19", "Rapat digelar Senin, 11-04-2022.", "Senin, 11-04-2022", "2022-04-11"),
    # D18 a weekday in a named week (REF is a Tuesday)
    ("D18", "Sidang dilanjutkan Kamis pekan depan.", "Kamis pekan depan", "2022-04-21"),
    ("D18", "Ia datang Senin minggu lalu.", "Senin minggu lalu", "2022-04-04"),
    # D6 counted and shifted units
    ("D6", "Ia meninggal dua hari lalu.", "dua hari lalu", "2022-04-10"),
    ("D6", "Ia meninggal 3 hari yang lalu.", "3 hari yang lalu", "2022-04-09"),
    ("D6", "Pabrik itu tutup sepekan lalu.", "sepekan lalu", "2022-W14"),
    ("D6", "Harga naik sebulan lalu.", "sebulan lalu", "2022-03"),
    ("D6", "Ia menikah tiga tahun lalu.", "tiga tahun lalu", "2019"),
    ("D6", "Pertemuan itu terjadi pekan lalu.", "pekan lalu", "2022-W14"),
    ("D6", "Pelatihan dijadwalkan pekan depan.", "pekan depan", "2022-W16"),
    ("D6", "Peluncuran dilakukan bulan depan.", "bulan depan", "2022-05"),
    ("D6", "Ekspor naik tahun lalu.", "tahun lalu", "2021"),
    ("D6", "Target tercapai tahun ini.", "tahun ini", "2022"),
    ("D6", "Pabrik baru dibuka pada tahun depan.", "tahun depan", "2023"),
    ("D6", "Harga turun minggu lalu.", "minggu lalu", "2022-W14"),
    ("D6", "Target panen dikejar sampai akhir tahun ini.", "akhir tahun ini", "2022"),
    # D7 month-relative and phase words
    ("D7", "Rusia menyerang pada 24 Februari lalu.", "24 Februari lalu", "2022-02-24"),
    ("D7", "Ia berkomitmen pada Maret lalu.", "Maret lalu", "2022-03"),
    ("D7", "Voting digelar pada 29 April mendatang.", "29 April mendatang", "2022-04-29"),
    ("D7", "Pameran dibuka awal Mei.", "awal Mei", "2022-05"),
    ("D7", "Target rampung akhir 2025.", "akhir 2025", "2025"),
    ("D7", "Hingga akhir tahun 2019 jembatan itu belum selesai.", "akhir tahun 2019", "2019"),
    ("D7", "Rapat terakhir pada bulan Desember.", "bulan Desember", "2021-12"),
    # D8 ranges
    ("D8", "Konferensi digelar 15-16 November 2022.", "15-16 November 2022", "2022-11-15/2022-11-16"),
    ("D8", "Pameran berlangsung 30 Maret-2 April.", "30 Maret-2 April", "2022-03-30/2022-04-02"),
    ("D8", "Ujian digelar 13 hingga 15 April.", "13 hingga 15 April", "2022-04-13/2022-04-15"),
    ("D8", "Perundingan digelar pada 20 dan 21 April.", "20 dan 21 April", "2022-04-20/2022-04-21"),
    ("D8", "Program berjalan Januari-Maret 2025.", "Januari-Maret 2025", "2025-01/2025-03"),
    # D9 anaphora with a clear antecedent
    ("D9", "Ia tiba Kamis (7/4). Pada hari itu juga ia diperiksa.", "hari itu", "2022-04-07"),
    ("D9", "Pabrik dibuka pada 2015. Pada tahun tersebut ekspor naik.", "tahun tersebut", "2015"),
]


@pytest.mark.parametrize(("phenomenon", "sentence", "expression", "value"), CORPUS)
def test_corpus(phenomenon: str, sentence: str, expression: str, value: str) -> None:
    found = {m.text: m for m in newsfacts.extract_dates(sentence, published=REF)}
    assert expression in found, f"{phenomenon}: {expression!r} not found in {sorted(found)}"
    assert found[expression].value == value, phenomenon


# Strings that hold no date at all.
NEGATIVE = [
    "Skor akhir pertandingan 2-1 untuk tuan rumah.",
    "Inflasi tercatat 3,5 persen.",
    "Rapat dimulai pukul 10.00 WIB.",
    "Harga emas Rp 1.022.000 per gram.",
    "Hubungi 0812-2021-2022 untuk informasi.",
    "Aturan itu tertuang dalam UU Nomor 11 Tahun 2020 tentang Cipta Kerja.",
    "Timnas tampil di Piala Dunia 2022.",
    "Anggaran berasal dari APBN 2025.",
    "Ia beribadah setiap Senin dan salat Jumat.",
    "Loket buka Senin-Jumat, tutup Sabtu hingga Minggu.",
    "Para pedagang dipindah ke Pasar Minggu.",
    "Ia menunggu selama dua hari tersebut.",
    "Keputusan diambil dalam beberapa bulan mendatang.",
    "Perbandingan 1/2 dan 3/4 dari total.",
    "Kemenangan 4-3 atas tim tamu.",
    "Saat ini dan belakangan ini harga naik.",
    "",
]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_negative(sentence: str) -> None:
    assert newsfacts.extract_dates(sentence, published=REF) == ()


def test_weekday_picks_the_year_that_agrees() -> None:
    (m,) = newsfacts.extract_dates("Ia tiba Rabu (13/4).", published="2016-01-10")
    assert m.value == "2016-04-13"
    assert DateFlag.INFERRED_YEAR in m.flags


def test_weekday_that_disagrees_is_kept_and_flagged() -> None:
    (m,) = newsfacts.extract_dates("Ia tiba Kamis (13/4/2022).", published=REF)
    assert m.value == "2022-04-13"
    assert DateFlag.WEEKDAY_MISMATCH in m.flags


def test_year_typo_in_a_dateline_is_corrected_and_flagged() -> None:
    # 8/3/2024 is a Friday, 8/3/2023 is not.
    (m,) = newsfacts.extract_dates("ujar camat, Jumat (8/3/2023).", published="2024-03-08")
    assert m.value == "2024-03-08"
    assert {DateFlag.WEEKDAY_MISMATCH, DateFlag.CORRECTED} <= set(m.flags)


def test_no_publication_date_uses_the_articles_own_dateline() -> None:
    text = "Warga mengungsi sejak kemarin, kata camat, Selasa (17/9/2024). Ia datang Rabu (18/9)."
    kemarin, dateline, rabu = newsfacts.extract_dates(text)
    assert dateline.value == "2024-09-17"
    assert kemarin.value == "2024-09-16"
    assert rabu.value == "2024-09-18"


def test_no_reference_at_all_leaves_relative_dates_unresolved() -> None:
    (besok,) = newsfacts.extract_dates("Sidang dilanjutkan besok.")
    assert besok.value is None
    assert DateFlag.UNRESOLVED in besok.flags


def test_weekday_and_day_month_without_any_reference_take_the_latest_agreeing_year() -> None:
    (m,) = newsfacts.extract_dates("Ia tiba Rabu (13/4).")
    assert DateFlag.INFERRED_YEAR in m.flags
    # Of the years whose 13 April is a Wednesday (2011, 2016, 2022, ...), the latest not
    # after today.
    today = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()
    agreeing = [dt.date(y, 4, 13) for y in range(2000, today.year + 1) if dt.date(y, 4, 13).weekday() == 2]
    assert m.value == max(d for d in agreeing if d <= today).isoformat()


def test_yearless_weekday_dates_give_the_reference_where_the_article_has_nothing_else() -> None:
    text = "Menteri itu tiba pada Senin (11/4). Ia mengunjungi pabrik pada 24 Februari lalu."
    senin, februari = newsfacts.extract_dates(text)
    assert senin.value is not None
    assert februari.value == f"{senin.value[:4]}-02-24"


def test_a_year_the_article_writes_picks_the_agreeing_year_of_a_yearless_dateline() -> None:
    # 9/3 was a Thursday in 2017 and 2023; the article speaks of 2017.
    text = "Target panen Juni 2017 naik, kata kepala dinas, Kamis (9/3). Besok rapat digelar."
    _, kamis, besok = newsfacts.extract_dates(text)
    assert (kamis.value, DateFlag.INFERRED_YEAR in kamis.flags) == ("2017-03-09", True)
    assert besok.value == "2017-03-10"


def test_a_year_written_with_a_disagreeing_weekday_gives_no_hint() -> None:
    # 5/9/2031 is a Friday, not a Tuesday: a typo, so no year is taken from it (2033 would fit 13/4).
    (_, m) = newsfacts.extract_dates("Acara digelar Selasa (5/9/2031). Warga hadir Rabu (13/4).")
    assert m.value != "2033-04-13"


def test_stale_publication_metadata_yields_to_the_dateline() -> None:
    text = "Harga karet turun, Kamis (14/3/2019). Sepanjang hari ini harga terus melemah."
    _, today = newsfacts.extract_dates(text, published="2019-02-01")
    assert today.value == "2019-03-14"


def test_a_day_word_beside_a_written_date_is_that_date_and_the_articles_today() -> None:
    # The metadata says the 21st; the article says its "today" is Monday the 20th.
    text = "Tersangka diperiksa hari ini, Senin (20/10/2025). Besok saksi lain dipanggil."
    hari_ini, senin, besok = newsfacts.extract_dates(text, published="2025-10-21")
    assert (hari_ini.value, hari_ini.reference) == ("2025-10-20", dt.date(2025, 10, 20))
    assert senin.value == "2025-10-20"
    assert besok.value == "2025-10-21"


def test_a_day_word_beside_a_date_in_a_quote_does_not_move_the_articles_today() -> None:
    text = '"Pada hari ini, Senin (20/10/2025), saya dilantik," kenang pensiunan itu. Besok ia pindah.'
    hari_ini, _, besok = newsfacts.extract_dates(text, published="2025-11-03")
    assert hari_ini.value == "2025-10-20"
    assert besok.value == "2025-11-04"


def test_a_day_word_beside_a_written_date_gives_the_reference_without_a_publication_date() -> None:
    # 16/10 was a Thursday in 2025: "besok" counts from Wednesday the 15th.
    text = "Sidang putusan digelar besok, Kamis (16/10/2025). Kemarin jaksa membacakan tuntutan."
    besok, kamis, kemarin = newsfacts.extract_dates(text)
    assert besok.value == kamis.value == "2025-10-16"
    assert kemarin.value == "2025-10-14"


def test_a_day_word_before_a_list_of_dates_or_a_mistyped_date_keeps_its_own_reading() -> None:
    listed = "Jadwal kereta hari ini, Jumat (7/11/2025), Sabtu (8/11/2025) dan Minggu (9/11/2025)."
    assert newsfacts.extract_dates(listed, published="2025-11-06")[0].value == "2025-11-06"
    # 14/10/2025 was a Tuesday, not a Monday: a typo, which the day word does not follow.
    mistyped = "Rapat digelar besok, Senin (14/10/2025)."
    assert newsfacts.extract_dates(mistyped, published="2025-10-10")[0].value == "2025-10-11"


def test_relative_date_in_a_quote_resolves_at_speech_time() -> None:
    text = '"Saya akan datang besok," kata Budi, Senin (4/4).'
    besok, senin = newsfacts.extract_dates(text, published=REF)
    assert senin.value == "2022-04-04"
    assert besok.value == "2022-04-05"
    assert besok.reference == dt.date(2022, 4, 4)
    assert DateFlag.SPEECH_TIME in besok.flags


def test_minggu_the_day_and_minggu_the_week() -> None:
    mentions = newsfacts.extract_dates("Minggu lalu harga naik. Ia datang pada Minggu (10/4).", published=REF)
    assert [(m.text, m.grain) for m in mentions] == [
        ("Minggu lalu", Grain.WEEK),
        ("Minggu (10/4)", Grain.DAY),
    ]


def test_span_excludes_preposition_and_clock_time() -> None:
    text = "Laga digelar pada Rabu (13/4/2022) pukul 19.30 WIB."
    (m,) = newsfacts.extract_dates(text, published=REF)
    assert m.text == "Rabu (13/4/2022)"
    assert text[m.start : m.end] == m.text


def test_value_carries_grain_and_bounds() -> None:
    (m,) = newsfacts.extract_dates("Acara digelar 15-16 November 2022.", published=REF)
    assert (m.grain, m.unit) == (Grain.RANGE, Grain.DAY)
    assert (m.first, m.last) == (dt.date(2022, 11, 15), dt.date(2022, 11, 16))
    assert m.rule == "day_month"


def test_mentions_are_sorted_by_position() -> None:
    text = "Pada 2019 dan 2018, lalu kemarin dan besok, serta Senin (11/4/2022)."
    mentions = newsfacts.extract_dates(text, published=REF)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert len(mentions) == 5


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("besok", "9999-12-31"),
        ("kemarin", "0001-01-01"),
        ("tahun depan", "9999-06-01"),
        ("bulan depan", "9999-12-01"),
        ("pekan depan", "9999-12-30"),
        ("tiga hari lalu", "0001-01-02"),
        ("tahun lalu", "0001-06-01"),
    ],
)
def test_a_relative_date_past_the_calendar_is_unresolved(text: str, published: str) -> None:
    (mention,) = newsfacts.extract_dates(text, published=published)
    assert mention.value is None
    assert DateFlag.UNRESOLVED in mention.flags


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Senİn (11/4)", "2022-04-11"),  # a dotted capital I lowers to two characters
        ("SENİN (11/4)", "2022-04-11"),
        ("malam İnİ", "2022-04-12"),
        ("10 MEİ 2022", "2022-05-10"),
    ],
)
def test_case_maps_that_change_length_still_find_the_word(text: str, value: str) -> None:
    (mention,) = newsfacts.extract_dates(text, published="2022-04-12")
    assert mention.value == value
    assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("today", "value"),
    [("2023-06-01", "2023-03-09"), ("2023-01-01", "2017-03-09"), (dt.date(2017, 3, 9), "2017-03-09")],
)
def test_today_dates_a_weekday_date_the_article_gives_nothing_else_for(today: object, value: str) -> None:
    (mention,) = newsfacts.extract_dates("Rapat digelar Kamis (9/3).", today=today)
    assert mention.value == value
    assert DateFlag.AMBIGUOUS_YEAR in mention.flags


def test_today_reaches_every_extractor_and_the_batch() -> None:
    text = '"Kami siap," kata Budi, Kamis (9/3). Budi akan bertemu Joko besok.'
    assert newsfacts.extract(text, today="2023-01-01").dates[0].value == "2017-03-09"
    (facts,) = newsfacts.extract_many([text], today="2023-01-01", processes=2)
    assert isinstance(facts, newsfacts.Facts)
    assert facts.dates[0].value == "2017-03-09"
    assert newsfacts.extract_record({"text": text}, today="2023-01-01")["dates"][0]["value"] == "2017-03-09"


def test_a_today_that_is_not_a_date_is_a_typed_error() -> None:
    with pytest.raises(newsfacts.InvalidPublishedDateError, match="today"):
        newsfacts.extract_dates("besok", today="kemarin")
    with pytest.raises(newsfacts.InvalidInputError, match="today"):
        newsfacts.extract_quotes("besok", today=20230101)
