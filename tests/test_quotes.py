"""Quote corpus: phenomena numbered Q1, Q2, ... with our own sentences."""

from __future__ import annotations

import pytest

import newsfacts

INTRO = "Menteri Luar Negeri Ratna Kusuma tiba di Jakarta, Senin (4/4).\n\n"

# (phenomenon, text, quoted content, expected speaker)
CORPUS = [
    # Q1 cue after the quote, full name resolved from a surname
    ("Q1", INTRO + '"Kami siap membantu," kata Kusuma.', "Kami siap membantu,", "Ratna Kusuma"),
    ("Q1", INTRO + '"Kami siap membantu," ujar Ratna.', "Kami siap membantu,", "Ratna Kusuma"),
    ("Q1", INTRO + '"Jalan itu kami perbaiki," janji Ratna.', "Jalan itu kami perbaiki,", "Ratna Kusuma"),
    (
        "Q1",
        '"Harga beras turun," ucap Bupati Sleman Hadi Purnomo kepada wartawan.',
        "Harga beras turun,",
        "Hadi Purnomo",
    ),
    (
        "Q1",
        '"Operasi berjalan lancar," kata Kapolres Sukabumi AKBP Dwi Hartono, Selasa (5/4).',
        "Operasi berjalan lancar,",
        "Dwi Hartono",
    ),
    (
        "Q1",
        '"Data ini valid," tulis Kepala Dinas Kesehatan Kota Bogor, Rina Wulandari, melalui Twitter.',
        "Data ini valid,",
        "Rina Wulandari",
    ),
    # Q2 pronoun cues resolve to the person meant
    ("Q2", INTRO + '"Kami siap membantu," katanya.', "Kami siap membantu,", "Ratna Kusuma"),
    ("Q2", INTRO + '"Kami siap membantu," ujar dia.', "Kami siap membantu,", "Ratna Kusuma"),
    (
        "Q2",
        INTRO + '"Ini yang pertama," kata Kusuma.\n\n"Ini bukan yang terakhir," lanjutnya.',
        "Ini bukan yang terakhir,",
        "Ratna Kusuma",
    ),
    # Q3 cue before the quote, split quote, continued paragraph
    (
        "Q3",
        'Gubernur Jawa Barat Asep Gunawan mengatakan, "Banjir sudah surut sejak pagi."',
        "Banjir sudah surut sejak pagi.",
        "Asep Gunawan",
    ),
    (
        "Q3",
        '"Banjir sudah surut," kata Asep Gunawan, "dan warga mulai pulang ke rumah masing-masing."',
        "dan warga mulai pulang ke rumah masing-masing.",
        "Asep Gunawan",
    ),
    (
        "Q3",
        '"Banjir sudah surut," kata Asep Gunawan.\n\n"Warga mulai pulang ke rumah masing-masing hari ini."',
        "Warga mulai pulang ke rumah masing-masing hari ini.",
        "Asep Gunawan",
    ),
    # Q4 the same curly mark on both sides, curly pairs, and HTML entities
    ("Q4", INTRO + "\u201dKami siap membantu,\u201d kata Kusuma.", "Kami siap membantu,", "Ratna Kusuma"),
    ("Q4", INTRO + "\u201cKami siap membantu,\u201d kata Kusuma.", "Kami siap membantu,", "Ratna Kusuma"),
    ("Q4", INTRO + "&quot;Kami siap membantu,&quot; kata Kusuma.", "Kami siap membantu,", "Ratna Kusuma"),
    # Q5 reported speech
    (
        "Q5",
        INTRO + "Ratna membenarkan bahwa jalan desa akan diperbaiki tahun ini.",
        "jalan desa akan diperbaiki tahun ini.",
        "Ratna Kusuma",
    ),
    (
        "Q5",
        INTRO + "Ratna berjanji akan memperbaiki jalan desa tahun ini.",
        "akan memperbaiki jalan desa tahun ini.",
        "Ratna Kusuma",
    ),
    (
        "Q5",
        INTRO + "Kusuma mengatakan bahwa bantuan akan tiba pekan depan.",
        "bantuan akan tiba pekan depan.",
        "Ratna Kusuma",
    ),
    (
        "Q5",
        INTRO + "Menurutnya, bantuan akan tiba pekan depan.",
        "bantuan akan tiba pekan depan.",
        "Ratna Kusuma",
    ),
    (
        "Q5",
        "Menurut Rina Wulandari, kasus demam berdarah meningkat tajam.",
        "kasus demam berdarah meningkat tajam.",
        "Rina Wulandari",
    ),
    (
        "Q5",
        INTRO + "Ia menegaskan, pemerintah tidak akan menaikkan harga.",
        "pemerintah tidak akan menaikkan harga.",
        "Ratna Kusuma",
    ),
    (
        "Q5",
        "Sementara itu, Kepala BPBD Garut Dedi Rosadi menyampaikan, jalur evakuasi sudah disiapkan.",
        "jalur evakuasi sudah disiapkan.",
        "Dedi Rosadi",
    ),
    # Q6 a name introduced with its short form
    (
        "Q6",
        'Mantan Presiden Susilo Bambang Yudhoyono (SBY) hadir.\n\n"Saya senang," kata SBY.',
        "Saya senang,",
        "Susilo Bambang Yudhoyono",
    ),
    # Q7 a speaker is not the person his own words name
    (
        "Q7",
        (
            "Gubernur Asep Gunawan menerima Ratna Kusuma.\n\n"
            '"Terima kasih, Pak Asep, atas sambutannya," ujarnya.'
        ),
        "Terima kasih, Pak Asep, atas sambutannya,",
        "Ratna Kusuma",
    ),
    # Q8 a name between a rank and an office: the office's place is not the name
    (
        "Q8",
        '"Jalur sudah dibuka," kata AKP Rudi Hartono Kasat Lantas Polres Bantul kepada wartawan.',
        "Jalur sudah dibuka,",
        "Rudi Hartono",
    ),
    # Q11 an unnamed source after the cue, named as the article names it
    (
        "Q11",
        '"Itu keputusan bersama," kata seorang staf dekatnya.',
        "Itu keputusan bersama,",
        "seorang staf dekatnya",
    ),
    # Q9 the subject after a joining clause; Q10 an organisation cited as the source
    (
        "Q9",
        "Entah mengapa, namun pihak sekolah menegaskan bahwa seragam baru wajib dipakai.",
        "seragam baru wajib dipakai.",
        "pihak sekolah",
    ),
    (
        "Q10",
        "Dilansir dari Badan Kesehatan Dunia & Pusat Riset Gizi, anak perlu sarapan setiap hari.",
        "anak perlu sarapan setiap hari.",
        "Badan Kesehatan Dunia & Pusat Riset Gizi",
    ),
    # Q10 a source named by its web address, with the date it was read in parentheses
    (
        "Q10",
        "Dikutip dari Warta.id (3/2/2024), harga gabah naik di tingkat petani.",
        "harga gabah naik di tingkat petani.",
        "Warta.id",
    ),
    # Q14 "menurutnya" after a connective, with no comma of its own
    (
        "Q14",
        "Bupati Hadi Purnomo meninjau pasar. Namun, menurutnya harga beras masih terlalu tinggi.",
        "harga beras masih terlalu tinggi.",
        "Hadi Purnomo",
    ),
    # Q13 a name, then what the person is, then the verb
    (
        "Q13",
        "Rina Marlina, Direktur Utama PT Sinar Jaya mengatakan pihaknya telah menyiapkan dana cadangan.",
        "pihaknya telah menyiapkan dana cadangan.",
        "Rina Marlina",
    ),
    # Q13 not when the part before the comma is an office
    (
        "Q13",
        '"Pelaku sudah kami tahan," kata Kasat Reskrim Polres Garut, AKP Rudi Hartanto.',
        "Pelaku sudah kami tahan,",
        "Rudi Hartanto",
    ),
    # Q15 a verb that often takes a thing still reports a statement that follows it
    (
        "Q15",
        "Bupati Hadi Purnomo menyoroti harga beras di pasar sudah naik sejak Januari.",
        "harga beras di pasar sudah naik sejak Januari.",
        "Hadi Purnomo",
    ),
    (
        "Q15",
        "Menteri Ratna Kusuma memaparkan, pada tahun lalu nilai ekspor ikan naik dua kali lipat.",
        "pada tahun lalu nilai ekspor ikan naik dua kali lipat.",
        "Ratna Kusuma",
    ),
    # Q16 reported speech glued to the next quote's opening mark
    (
        "Q16",
        'Bupati Hadi Purnomo mengatakan, harga beras akan turun pekan depan."Kami sudah siap," katanya.',
        "harga beras akan turun pekan depan.",
        "Hadi Purnomo",
    ),
    # Q12 a relative of a named person, pointed back to: the person spoken of before
    (
        "Q12",
        (
            "Bupati Hadi Purnomo meninjau pasar. "
            "Menantu Gubernur Asep Gunawan tersebut mengatakan harga beras di pasar stabil."
        ),
        "harga beras di pasar stabil.",
        "Hadi Purnomo",
    ),
    # Q20 the cue first, after a connective or opening the sentence
    (
        "Q20",
        INTRO + "Namun, kata Ratna, kerja sama itu masih dibahas.",
        "kerja sama itu masih dibahas.",
        "Ratna Kusuma",
    ),
    (
        "Q20",
        INTRO + "Kata dia, kerja sama itu masih dibahas.",
        "kerja sama itu masih dibahas.",
        "Ratna Kusuma",
    ),
    # Q21 English job titles before the name; a title after the name stops at its comma
    (
        "Q21",
        '"Layanan kembali normal," kata VP Corporate Communications Rudi Hartanto.',
        "Layanan kembali normal,",
        "Rudi Hartanto",
    ),
    # Q22 an unnamed source after a leading phrase's comma
    (
        "Q22",
        "Dalam sidang itu, jaksa mengatakan terdakwa menerima suap dua kali.",
        "terdakwa menerima suap dua kali.",
        "jaksa",
    ),
    # Q18 a title joined by "dan" runs on to the name after it
    (
        "Q18",
        '"Data sudah kami periksa," kata Kepala Dinas Kependudukan dan Pencatatan Sipil Rina Wulandari.',
        "Data sudah kami periksa,",
        "Rina Wulandari",
    ),
    # Q19 a described person pointed back to ("Pria yang ... itu")
    (
        "Q19",
        (
            "Bupati Hadi Purnomo meninjau pasar. "
            "Pria yang juga menjabat Ketua Yayasan Cahaya itu menyatakan bahwa harga beras stabil."
        ),
        "harga beras stabil.",
        "Hadi Purnomo",
    ),
    # Q17 a later sentence attributes the statements before it ("Hal itu disampaikan X")
    (
        "Q17",
        (
            "MEDAN, HARIAN RAKYAT - Pemerintah kota akan membangun dua pasar baru tahun depan. "
            "Hal itu disampaikan Wali Kota Medan Surya Darma di Balai Kota."
        ),
        "Pemerintah kota akan membangun dua pasar baru tahun depan.",
        "Surya Darma",
    ),
    (
        "Q17",
        (
            "Harga cabai diperkirakan turun menjelang akhir bulan.\n\n"
            "Hal tersebut diungkapkan oleh Kepala Dinas Perdagangan Rina Wulandari."
        ),
        "Harga cabai diperkirakan turun menjelang akhir bulan.",
        "Rina Wulandari",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "content", "speaker"), CORPUS)
def test_corpus(phenomenon: str, text: str, content: str, speaker: str) -> None:
    quotes = {q.text: q for q in newsfacts.extract_quotes(text)}
    assert content in quotes, f"{phenomenon}: {content!r} not among {sorted(quotes)}"
    assert quotes[content].speaker == speaker, phenomenon


NOT_QUOTES = [
    "Kebijakan itu disebut warga sebagai 'jalan pintas'.",
    'Warga menyebut jembatan itu "jembatan maut".',
    'Film "Laskar Pelangi" diputar lagi.',
    'Ia dijuluki "si kancil" oleh rekan-rekannya.',
    "Sekadar mengingatkan, harga tiket naik sejak bulan lalu.",
    "Pasar itu ramai pengunjung.",
    "Bupati Hadi Purnomo menyoroti maraknya peredaran minuman keras yang dijual bebas.",
    "Gubernur Asep Gunawan menyampaikan apresiasi kepada para relawan banjir.",
    "Banjir besar di hulu sungai mengancam ribuan rumah di hilir.",
    "Para buruh mendesak pengesahan aturan upah minimum yang baru.",
    'Pasar sepi. Simak pula tayangan "Harga Beras Naik Lagi Pekan Ini" berikut.',
    'Anak itu hanya berkata "tidak" lalu pergi.',
    'Penyanyi itu berharap "Lagu Untuk Ibu" disukai pendengar.',
    'Doa sebelum makan dibaca bersama. Artinya: "Ya Tuhan, berkahilah rezeki yang Engkau berikan."',
    'Doa makan dibaca.\n\nTerjemahannya:\n\n"Ya Tuhan, berkahilah rezeki yang Engkau berikan."',
]


def test_a_title_in_marks_after_a_quote_is_not_its_continuation() -> None:
    text = '"Harga akan turun," ucap Rina. Simak pula tayangan "Harga Beras Naik Lagi Pekan Ini" berikut.'
    assert [q.text for q in newsfacts.extract_quotes(text)] == ["Harga akan turun,"]


def test_advice_with_only_auxiliaries_before_the_verb_is_no_quote() -> None:
    assert newsfacts.extract_quotes("Tidak perlu menambahkan gula karena buah itu sudah manis.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Panen tersebut menegaskan pentingnya irigasi bagi desa.",
        "Lagu tersebut menceritakan seorang nelayan yang rindu pada kampungnya.",
        "Dinas Pertanian bekerja sama dengan koperasi untuk memastikan stok pupuk tetap aman.",
        "Langkah itu diambil untuk menata pasar dan memastikan pedagang tidak dirugikan.",
    ],
)
def test_a_thing_or_a_purpose_before_a_speech_verb_reports_nothing(text: str) -> None:
    assert newsfacts.extract_quotes(text) == ()


def test_mereka_is_the_group_that_opens_the_sentence_before() -> None:
    text = (
        "Rudi Santoso tiba di dermaga. Para nelayan di Pantai Indah menolak melaut. "
        "Kepada wartawan, mereka menyatakan solar belum juga datang. Ia menyebut bahwa kapal di sana aman."
    )
    quotes = newsfacts.extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Para nelayan", "Rudi Santoso"]


def test_a_report_or_a_person_pointed_back_to_may_still_speak() -> None:
    text = "Survei Litbang Tani dirilis Senin. Laporan itu menyebutkan bahwa harga pupuk naik dua kali lipat."
    (quote,) = newsfacts.extract_quotes(text)
    assert quote.text == "harga pupuk naik dua kali lipat."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Proyek Kota Hijau Baru (KHB) terus berjalan. Menurut Kepala Bappeda Rudi Santoso dalam rapat "
            "bersama Panja Perda Kota Hijau (KHB), anggaran tahun ini cukup untuk semua tahap.",
            "Rudi Santoso",
            id="menurut-a-name-in-some-circumstance",
        ),
        pytest.param(
            '"Kami menambah dua pabrik," kata Vice President of Sales and Head of Retail, Dewi Lestari.',
            "Dewi Lestari",
            id="english-title-joined-by-of-and-and",
        ),
        pytest.param(
            "Nelayan yang sudah melaut 20 tahun di kawasan Muara Jaya ini mengaku hasil tangkapan turun.",
            "Nelayan",
            id="a-name-after-di-and-a-place-noun-is-where",
        ),
        pytest.param(
            "Penyanyi Rina Marlina tampil di Jakarta. Perempuan asal Bandung itu membantah kabar soal tur.",
            "Rina Marlina",
            id="a-person-described-and-pointed-back-to",
        ),
        pytest.param(
            "Pelatih Rudi Santoso tiba di Jakarta bersama Menteri Ratna Kusuma. "
            "Pelatih asal Belanda itu menegaskan bahwa timnya siap bertanding.",
            "Rudi Santoso",
            id="a-title-pointed-back-to-is-the-person-last-named-with-it",
        ),
        # an outlet glued to a lower-case brand is cited whole
        ("Dikutip dari kabarPagi, harga cabai di pasar induk naik dua kali lipat.", "kabarPagi"),
        ("Mengutip dataStatistika, harga cabai di pasar induk naik dua kali lipat.", "Statistika"),
        ("Dilansir dari siaran YouTube Dinas Pertanian, harga cabai naik dua kali lipat.", "Dinas Pertanian"),
        # accounts and unnamed sources after a cue
        ('"Jalan macet parah," tulis akun Instagram @kabar_kota, Senin.', "akun Instagram @kabar_kota"),
        ('"Jalan macet parah," ungkap @pengguna.satu.', "@pengguna.satu"),
        ('"Jalan macet parah," kata seorang petugas kepada wartawan.', "seorang petugas"),
        ("Para petani terus mengeluh dan menyatakan bahwa pupuk datang terlambat.", "Para petani"),
        ("Polisi mengatakan bahwa kedua pelaku ditangkap di rumahnya.", "Polisi"),
        ("Terdakwa mengatakan bahwa uang itu pinjaman dari kawannya.", "Terdakwa"),
    ],
)
def test_the_speaker_is_who_the_cue_names_cites_or_points_back_to(text: str, speaker: str) -> None:
    (quote,) = newsfacts.extract_quotes(text)
    assert quote.speaker == speaker


def test_a_title_after_the_name_stops_at_its_comma() -> None:
    text = '"Layanan kembali normal," ujar Rina Sari, Corporate Secretary Sinar Jaya, Sabtu (7/6).'
    (quote,) = newsfacts.extract_quotes(text, published="2025-06-08")
    assert (quote.speaker, quote.speaker_title) == ("Rina Sari", "Corporate Secretary Sinar Jaya")


def test_a_summary_does_not_reach_past_a_quote_or_background() -> None:
    text = (
        "Sebelumnya, harga cabai sempat naik tajam. "
        '"Kami pantau terus," kata Kepala Dinas Perdagangan Rina Wulandari. '
        "Hal tersebut disampaikan Rina di kantornya."
    )
    quotes = newsfacts.extract_quotes(text)
    assert [q.rule for q in quotes] == ["direct_cue_after"]
    text = "Sebelumnya, harga cabai sempat naik tajam. Hal tersebut disampaikan Rina Wulandari di kantornya."
    assert newsfacts.extract_quotes(text) == ()


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_scare_quotes_titles_and_nicknames_are_not_quotes(text: str) -> None:
    assert newsfacts.extract_quotes(text) == ()


def test_direct_quote_carries_cue_span_kind_rule_and_speech_date() -> None:
    text = INTRO + '"Besok kami berangkat," kata Kusuma, Selasa (5/4/2022).'
    (quote,) = newsfacts.extract_quotes(text, published="2022-04-05")
    assert quote.direct
    assert quote.cue is not None
    assert (quote.cue.text, text[quote.cue.start : quote.cue.end]) == ("kata", "kata")
    assert quote.rule == "direct_cue_after"
    assert quote.speech_date == "2022-04-05"
    assert quote.speaker_title == "Menteri Luar Negeri"


def test_quote_over_several_paragraphs_takes_the_closing_speaker() -> None:
    text = (
        '"Kami sudah bekerja keras sepanjang tahun ini.\n\n'
        '"Hasilnya akan terlihat segera," kata Asep Gunawan.'
    )
    quotes = newsfacts.extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Asep Gunawan", "Asep Gunawan"]
    assert quotes[0].text == "Kami sudah bekerja keras sepanjang tahun ini."


def test_quotes_survive_text_without_paragraph_breaks() -> None:
    text = (
        'Bupati Hadi Purnomo meninjau lokasi. "Jalan ini segera diperbaiki," kata Hadi. '
        'Warga menyambut baik. "Kami sudah lama menunggu perbaikan ini," ujar warga bernama Siti.'
    )
    quotes = newsfacts.extract_quotes(text)
    assert [q.text for q in quotes] == [
        "Jalan ini segera diperbaiki,",
        "Kami sudah lama menunggu perbaikan ini,",
    ]
    assert quotes[0].speaker == "Hadi Purnomo"


@pytest.mark.parametrize(
    "text",
    ['"', '""', '"a" "b', "\u201d" * 7, 'kata "', '"Kami," kata', "Menurut ,", '"\n\n"\n"'],
)
def test_odd_marks_never_raise_and_spans_match(text: str) -> None:
    for quote in newsfacts.extract_quotes(text):
        assert text[quote.start : quote.end] == quote.text


def test_in_text_without_breaks_a_quote_opening_a_sentence_continues_the_speaker() -> None:
    text = (
        'Bupati Hadi Purnomo meninjau lokasi banjir. "Jalan ini segera diperbaiki," kata Hadi. '
        '"Anggarannya sudah kami siapkan sejak bulan lalu."  Warga menyambut baik rencana itu.'
    )
    quotes = newsfacts.extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Jalan ini segera diperbaiki,", "Hadi Purnomo"),
        ("Anggarannya sudah kami siapkan sejak bulan lalu.", "Hadi Purnomo"),
    ]


def test_a_person_named_after_a_body_is_the_person_the_article_names() -> None:
    # Scraped text that kept a run of spaces: the sentence splitter cuts before "Kemenkeu".
    text = (
        "Tarif baru diatur tahun ini.  Kepala Biro Hukum  Kemenkeu Rudi Hartawan mengatakan, "
        "aturan itu berlaku pekan depan. Hal itu penting bagi pengusaha."
    )
    assert [q.speaker for q in newsfacts.extract_quotes(text)] == ["Rudi Hartawan"]


def test_a_body_s_longer_name_is_not_split_into_a_person() -> None:
    text = "Kepala Humas Pertamina Patra Niaga mengatakan, stok aman. Hal itu penting bagi warga."
    assert [q.speaker for q in newsfacts.extract_quotes(text)] != ["Patra Niaga"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kebijakan itu dinilai Rudi Hartawan dapat menekan harga beras di pasar.", "Rudi Hartawan"),
        ("Program ini diyakini Siti Aminah akan membantu para nelayan di pesisir.", "Siti Aminah"),
    ],
)
def test_the_agent_of_a_passive_of_judging_holds_the_view(text: str, speaker: str) -> None:
    (quote,) = newsfacts.extract_quotes(text)
    assert (quote.speaker, quote.direct, quote.rule) == (speaker, False, "reported_passive_agent")


@pytest.mark.parametrize(
    "text",
    [
        "Harga beras diperkirakan naik pekan depan di pasar induk kota.",
        "Warga menangkap pria yang disebut Joko adalah pelaku pencurian itu.",
        "Departemen itu biasa disebut Menteri Departemen atau setara dengan menteri.",
    ],
)
def test_a_passive_with_no_agent_or_naming_someone_reports_nothing(text: str) -> None:
    assert [q for q in newsfacts.extract_quotes(text) if q.rule == "reported_passive_agent"] == []
