"""People corpus: titles split from names, short references linked (P1, P2, ...)."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import EntityKind

# (phenomenon, text, expected name, expected title)
CORPUS = [
    ("P1", "Presiden Rusia Vladimir Putin tiba.", "Vladimir Putin", "Presiden Rusia"),
    ("P1", "Kanselir Austria Karl Nehammer tiba.", "Karl Nehammer", "Kanselir Austria"),
    (
        "P1",
        "Menteri Koordinator Bidang Perekonomian Airlangga Hartarto hadir.",
        "Airlangga Hartarto",
        "Menteri Koordinator Bidang Perekonomian",
    ),
    ("P1", "Kapolres Sukabumi AKBP Dwi Hartono memimpin apel.", "Dwi Hartono", "Kapolres Sukabumi AKBP"),
    ("P1", "Wali Kota Bogor Rudi A. Santoso meninjau.", "Rudi A. Santoso", "Wali Kota Bogor"),
    (
        "P1",
        "Presiden Brasil Luiz Inacio Lula da Silva menyambut.",
        "Luiz Inacio Lula da Silva",
        "Presiden Brasil",
    ),
    ("P1", "Ketua RT Pak Slamet Riyadi menyambut tamu.", "Slamet Riyadi", "Ketua RT Pak"),
    ("P2", "Salah satu nelayan, Darto, yang sudah lama melaut.", "Darto", None),
    ("P1", "Kadishub Jabar Rina Sari memantau arus mudik.", "Rina Sari", "Kadishub Jabar"),
]


@pytest.mark.parametrize(("phenomenon", "text", "name", "title"), CORPUS)
def test_titles_and_names(phenomenon: str, text: str, name: str, title: str | None) -> None:
    people = {p.name: p for p in newsfacts.extract_people(text)}
    assert name in people, f"{phenomenon}: {name!r} not among {sorted(people)}"
    assert people[name].title == title, phenomenon


def test_short_references_link_to_the_full_name() -> None:
    text = (
        "Presiden Belarus Alexander Lukashenko tiba. Lukashenko lalu bertemu wartawan. Alexander tersenyum."
    )
    (person,) = newsfacts.extract_people(text)
    assert person.name == "Alexander Lukashenko"
    assert [m.text for m in person.mentions] == ["Alexander Lukashenko", "Lukashenko", "Alexander"]
    for m in person.mentions:
        assert text[m.start : m.end] == m.text


def test_surname_first_then_full_name_keeps_the_fullest() -> None:
    text = "Presiden Lukashenko tiba. Presiden Belarus Alexander Lukashenko lalu berpidato."
    (person,) = newsfacts.extract_people(text)
    assert person.name == "Alexander Lukashenko"


def test_organisations_and_places_are_not_people() -> None:
    text = (
        "Kementerian Luar Negeri menyatakan sikap. Polres Sukabumi menahan pelaku di Jalan Kapten Muslihat. "
        "Nilai Tukar Petani (NTP) naik."
    )
    found = {p.name: p.kind for p in newsfacts.extract_people(text)}
    assert found.get("Kementerian Luar Negeri") is EntityKind.ORGANIZATION
    assert found.get("Polres Sukabumi") is EntityKind.ORGANIZATION
    assert all(kind is not EntityKind.PERSON for kind in found.values()), found


def test_a_place_after_di_is_not_a_person() -> None:
    assert newsfacts.extract_people("Ia mendarat di Vostochny Cosmodrome kemarin.") == ()


def test_a_short_form_in_parentheses_links_to_the_name() -> None:
    text = "Mantan Gubernur Basuki Tjahaja Purnama (Ahok) hadir. Ahok lalu berpidato."
    (person,) = newsfacts.extract_people(text)
    assert person.name == "Basuki Tjahaja Purnama"
    assert [m.text for m in person.mentions] == ["Basuki Tjahaja Purnama", "Ahok", "Ahok"]


def test_initials_in_parentheses_link_to_the_person_not_a_body() -> None:
    text = "Polisi menahan sopir bernama Dani Prasetyo (DP) di Garut. DP lalu diperiksa."
    (person,) = newsfacts.extract_people(text)
    assert person.name == "Dani Prasetyo"
    assert person.kind is newsfacts.EntityKind.PERSON
    assert [m.text for m in person.mentions] == ["Dani Prasetyo", "DP", "DP"]


def test_a_title_before_a_comma_is_the_next_names_title() -> None:
    (person,) = newsfacts.extract_people("Ketua Forum Petani Jambi, Siti Rahmawati, hadir.")
    assert (person.name, person.title) == ("Siti Rahmawati", "Ketua Forum Petani Jambi")


def test_a_company_after_a_title_is_no_one_and_titles_the_name_after_the_comma() -> None:
    text = "Menurut Direktur Utama PT Lumbung Tani, Ratna Sari, panen tahun ini naik."
    people = newsfacts.extract_people(text)
    assert [(p.name, p.title) for p in people] == [("Ratna Sari", "Direktur Utama PT Lumbung Tani")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Direktur Utama Nusantel, Ratna Sari, mengatakan laba naik. "
            "Rektor Unipa, Prof Budi Santoso, setuju.",
            [("Ratna Sari", "Direktur Utama Nusantel"), ("Budi Santoso", "Prof")],
            id="workplace-before-an-apposed-name",
        ),
        pytest.param(
            "Kepala Desa Rudi Santoso mengatakan warga mengungsi.",
            [("Rudi Santoso", "Kepala Desa")],
            id="region-head",
        ),
        pytest.param(
            "Kepala Desa Sukamaju Rudi Santoso mengungsi.",
            [("Rudi Santoso", "Kepala Desa Sukamaju")],
            id="region-head-with-region",
        ),
        pytest.param(
            "Kepala Desa Karang Anyar, Darto, mengatakan warga mengungsi.",
            [("Darto", "Kepala Desa Karang Anyar")],
            id="region-head-apposed",
        ),
        pytest.param(
            "Bupati Kabupaten Garut Rudi Gunawan meninjau lokasi.",
            [("Rudi Gunawan", "Bupati Kabupaten Garut")],
            id="region-head-of-a-regency",
        ),
        pytest.param(
            "Kadis Kelautan dan Perikanan Rudi Santoso tiba.",
            [("Rudi Santoso", "Kadis Kelautan dan Perikanan")],
            id="title-past-dan",
        ),
        pytest.param(
            "Menteri Haji dan Umrah Rudi Santoso hadir.",
            [("Rudi Santoso", "Menteri Haji dan Umrah")],
            id="ministry-past-dan",
        ),
        pytest.param(
            "Kepala Dinas Pertanian dan Pangan Daerah Rudi Santoso hadir. Pangan daerah cukup.",
            [("Rudi Santoso", "Kepala Dinas Pertanian dan Pangan Daerah")],
            id="office-past-dan",
        ),
        pytest.param(
            "Analis Bumi Raya Sekuritas Rudi Santoso memperkirakan indeks naik.",
            [("Rudi Santoso", "Analis Bumi Raya Sekuritas")],
            id="body-named-by-what-it-is",
        ),
        pytest.param(
            "Direktur Nusa Power Dimas Hartono hadir.",
            [("Dimas Hartono", "Direktur Nusa Power")],
            id="body-named-by-its-trade",
        ),
        pytest.param(
            "Penyanyi Rina Marlina dan Kiper Dimas Hartono hadir.",
            [("Rina Marlina", "Penyanyi"), ("Dimas Hartono", "Kiper")],
            id="profession",
        ),
    ],
)
def test_the_words_before_a_name_are_its_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.title) for p in newsfacts.extract_people(text)] == expected


def test_one_word_with_an_age_in_parentheses_is_a_person() -> None:
    text = (
        "Harga solar naik lagi. Darto (41), nelayan di kawasan Muara Jaya, mengaku rugi karena solar mahal."
    )
    assert [p.name for p in newsfacts.extract_people(text)] == ["Darto"]
    (quote,) = newsfacts.extract_quotes(text)
    assert quote.speaker == "Darto"


def test_one_word_set_off_by_commas_and_described_in_lower_case_is_a_person() -> None:
    text = "Harga seragam naik. Senada, Wulan, wali murid SD Tunas Bangsa, mengaku keberatan."
    assert "Wulan" in [p.name for p in newsfacts.extract_people(text)]
    listed = "Pabrik itu membuat Tela, Renyah, hingga Gurih."
    assert newsfacts.extract_people(listed) == ()


def test_a_second_office_after_dan_is_its_own() -> None:
    text = "Kepala Seksi Pidum dan Kasi Datun hadir. Kepala Dusun Sri dan Ratu Sinta menyambut."
    titles = {p.name: p.title for p in newsfacts.extract_people(text)}
    assert titles.get("Sinta") == "Ratu"


def test_one_word_of_a_body_name_is_that_body_not_a_new_person_each_time() -> None:
    text = (
        "PT Tirta Karya membangun jembatan desa. Menurut Kepala Desa Rudi Santoso, Tirta bekerja cepat. "
        "Warga memuji Tirta karena jalan dibuka lagi. Tirta, kata Rudi, juga membangun sekolah."
    )
    people = newsfacts.extract_people(text)
    assert [(p.kind, len(p.mentions)) for p in people if "Tirta" in p.name] == [(EntityKind.ORGANIZATION, 4)]
    assert "Rudi Santoso" in [p.name for p in people]


def test_the_title_of_a_work_names_no_one() -> None:
    text = "Menteri Rudi Santoso hadir. Artikel itu tayang dengan judul Rudi Ungkap Harga Pupuk Turun."
    assert [p.name for p in newsfacts.extract_people(text)] == ["Rudi Santoso"]


def test_a_place_word_after_a_body_word_stays_a_place() -> None:
    assert newsfacts.extract_people("Ketua Paguyuban Pasar Ikan Segar hadir.") == ()


def test_one_word_in_an_address_is_a_place() -> None:
    text = "Hal itu disampaikan Camat Rudi Santoso di lokasi, Sukamulyo, Kecamatan Bojong, Rabu (13/4)."
    assert [p.name for p in newsfacts.extract_people(text)] == ["Rudi Santoso"]


def test_a_name_after_a_title_then_another_titled_name_is_a_list() -> None:
    people = newsfacts.extract_people("Gubernur Asep, Bupati Hadi Santoso dan warga hadir.")
    assert [p.name for p in people] == ["Asep", "Hadi Santoso"]


@pytest.mark.parametrize(
    "text",
    [
        "Dijelaskan Rudi Hartanto, panen tahun ini naik.",
        "Mengingat Rudi Hartanto sedang sakit, rapat ditunda.",
    ],
)
def test_a_verb_opening_the_sentence_is_not_part_of_the_name(text: str) -> None:
    assert [p.name for p in newsfacts.extract_people(text)] == ["Rudi Hartanto"]


def test_one_word_after_a_title_that_the_article_writes_in_lower_case_is_an_office() -> None:
    text = "Direktur Jenderal Pajak, Rudi Hartanto, mengatakan penerimaan pajak naik. Camat Sutrisno hadir."
    people = newsfacts.extract_people(text)
    assert [(p.name, p.title) for p in people] == [
        ("Rudi Hartanto", "Direktur Jenderal Pajak"),
        ("Sutrisno", "Camat"),
    ]


def test_a_capitalised_phrase_the_article_also_writes_in_lower_case_names_no_one() -> None:
    text = (
        "Warga antre. Program Makan Siang Gratis digelar di sekolah. Warga menyukai makan siang "
        "gratis itu, kata Rudi Hartanto. Akun @rudi_hartanto ikut membagikan kabar itu."
    )
    assert [p.name for p in newsfacts.extract_people(text)] == ["Rudi Hartanto"]


def test_a_currency_or_number_word_after_a_body_is_not_part_of_its_name() -> None:
    people = newsfacts.extract_people("Dana untuk Kementerian Sosial Rp 5 triliun disetujui.")
    assert [p.name for p in people] == ["Kementerian Sosial"]


def test_holidays_faiths_and_teams_are_not_people() -> None:
    text = "Menjelang Idul Adha, Gen Z ramai menonton laga Manchester United bersama Rudi Hartanto."
    assert [p.name for p in newsfacts.extract_people(text)] == ["Rudi Hartanto"]


def test_rivers_malls_and_stalls_are_places_not_people() -> None:
    assert newsfacts.extract_people("Warga membersihkan Kali Sunter lalu makan di Warung Sederhana.") == ()


def test_a_regency_after_a_title_belongs_to_the_title() -> None:
    people = newsfacts.extract_people("Bupati Ngawi Rudi Hartanto dan Kasat Reskrim Polres Buleleng hadir.")
    assert [(p.name, p.title) for p in people] == [("Rudi Hartanto", "Bupati Ngawi")]


def test_a_roman_numeral_after_a_title_word_belongs_to_the_title() -> None:
    (person,) = newsfacts.extract_people("Kepala Satgas Wilayah V Rudi Hartanto hadir.")
    assert (person.name, person.title) == ("Rudi Hartanto", "Kepala Satgas Wilayah V")


def test_quantifiers_opening_a_sentence_name_no_one() -> None:
    people = newsfacts.extract_people("Sebagian menolak. Sebuah studi baru terbit. Sebanyak 20 orang hadir.")
    assert people == ()


def test_a_minister_named_by_a_short_title_keeps_it_as_title() -> None:
    (person,) = newsfacts.extract_people("Mendikdasmen Rudi Hartanto meninjau sekolah.")
    assert (person.name, person.title) == ("Rudi Hartanto", "Mendikdasmen")


def test_a_bank_named_before_its_head_word_leaves_the_name_after_it() -> None:
    (person,) = newsfacts.extract_people("Analis Sentosa Bank Rudi Hartanto menilai harga naik.")
    assert person.name == "Rudi Hartanto"


def test_a_title_and_a_foundation_alone_name_no_person() -> None:
    people = newsfacts.extract_people("Ketua Yayasan Cahaya Harapan meresmikan gedung baru.")
    assert [p for p in people if p.kind is EntityKind.PERSON] == []


def test_a_body_the_article_abbreviates_is_a_title_not_part_of_the_name() -> None:
    text = (
        "Gabungan Pengusaha Mebel Indonesia (Gapmebin) menolak aturan itu. "
        "Ketua Gapmebin Rudi Hartanto menyebut aturan itu merugikan."
    )
    people = newsfacts.extract_people(text)
    assert [(p.name, p.title) for p in people if p.kind is newsfacts.EntityKind.PERSON] == [
        ("Rudi Hartanto", "Ketua Gapmebin")
    ]


def test_a_title_case_subheading_names_no_one() -> None:
    text = "Harga beras naik lagi.\n\nPilih Beras Lokal Murah\n\nWarga memilih beras lokal."
    assert newsfacts.extract_people(text) == ()


def test_a_person_after_a_body_and_its_region_keeps_the_body_as_title() -> None:
    (person,) = newsfacts.extract_people("Anggota DPRD Jabar Dedi Sutrisno hadir.")
    assert person.name == "Dedi Sutrisno"


def test_a_run_ending_in_an_organisation_word_is_a_body() -> None:
    (body,) = newsfacts.extract_people("Dana itu dikelola Meridian Capital Partners sejak lama.")
    assert (body.name, body.kind) == ("Meridian Capital Partners", newsfacts.EntityKind.ORGANIZATION)


def test_a_body_region_and_rank_before_a_name_are_the_title() -> None:
    (person,) = newsfacts.extract_people("Pemeriksaan dilakukan penyidik KPK AKP Rudi Hartanto.")
    assert (person.name, person.title) == ("Rudi Hartanto", "KPK AKP")


def test_a_body_opening_a_sentence_is_kept_though_written_in_lower_case_elsewhere() -> None:
    text = "Dana itu dikelola kementerian. Kementerian Keuangan menyiapkan anggarannya."
    (body,) = newsfacts.extract_people(text)
    assert body.name == "Kementerian Keuangan"


def test_a_list_of_places_after_a_name_is_not_a_person() -> None:
    text = "Kata Lin Hao, ekonom di Harbor Capital, Shenzhen, China, pasar tenang."
    assert "Shenzhen" not in {p.name for p in newsfacts.extract_people(text)}


def test_a_capitalised_common_word_opening_a_sentence_is_not_part_of_a_name() -> None:
    text = "Kehadiran Ratna Kusuma disambut hangat. Semua menunggu kehadiran tamu lain."
    assert [p.name for p in newsfacts.extract_people(text)] == ["Ratna Kusuma"]


def test_a_promo_line_lends_no_words_to_a_name() -> None:
    text = (
        "Menteri Perdagangan Rina Saraswati meninjau pasar.\n\n"
        '"Stok aman," kata Rina.\n\n'
        "Simak juga Video: Rina Minta Maaf soal Harga Beras yang Naik Jelang Lebaran Tahun Ini\n"
    )
    assert [(p.name, p.title) for p in newsfacts.extract_people(text)] == [
        ("Rina Saraswati", "Menteri Perdagangan")
    ]
    assert [q.speaker for q in newsfacts.extract_quotes(text)] == ["Rina Saraswati"]


def test_a_title_s_short_form_in_parentheses_titles_the_name_after_it_and_later() -> None:
    text = (
        'Wakil Gubernur (Wagub) Rudi Hartono menjelaskan rencana itu. "Kami siap membantu," ujar Wagub Rudi.'
    )
    assert [(p.name, p.title) for p in newsfacts.extract_people(text)] == [("Rudi Hartono", "Wakil Gubernur")]
    assert [q.speaker for q in newsfacts.extract_quotes(text)] == ["Rudi Hartono"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            'Misa dipimpin Romo Antonius Haryanto. "Mari berdoa," ujar Romo Anton.',
            "Antonius Haryanto",
            "Romo",
        ),
        (
            'Sesepuh desa itu Mbah Karto Wiryono. "Sawah ini tua," kata Mbah Karto.',
            "Karto Wiryono",
            "Mbah",
        ),
        ('Tamu itu Suster Maria Kristanti. "Saya senang," kata Suster Maria.', "Maria Kristanti", "Suster"),
    ],
)
def test_a_form_of_address_is_a_title_and_a_first_name_cut_short_is_the_person(
    text: str, name: str, title: str
) -> None:
    assert [(p.name, p.title) for p in newsfacts.extract_people(text)] == [(name, title)]
    assert [q.speaker for q in newsfacts.extract_quotes(text)] == [name]


def test_a_first_name_cut_short_is_the_person_who_bears_it() -> None:
    text = 'Menteri Pertanian Suswantoro Adi meninjau sawah. "Panen naik," kata Suswan.'
    assert [q.speaker for q in newsfacts.extract_quotes(text)] == ["Suswantoro Adi"]


def test_a_one_word_name_introduced_as_its_own_person_is_not_a_longer_name_cut_short() -> None:
    text = 'Andika Perkasa hadir. Andi (35), warga setempat, datang. "Saya senang," kata Andi.'
    assert [q.speaker for q in newsfacts.extract_quotes(text)] == ["Andi"]


@pytest.mark.parametrize("degree", ["SpPD-KEMD", "SpOG", "Sp.OG", "SpJP(K)"])
def test_a_specialist_degree_after_a_name_is_not_part_of_it(degree: str) -> None:
    text = f"Ahli penyakit dalam dr Wismani Santika {degree} mengatakan, gula darah naik."
    assert [p.name for p in newsfacts.extract_people(text)] == ["Wismani Santika"]


@pytest.mark.parametrize(
    "introduction",
    [
        "Ketua partai Hendra Kusumawijaya atau Cak Endra",
        "Ketua partai Hendra Kusumawijaya (Cak Endra)",
        "Ketua partai Hendra Kusumawijaya yang akrab disapa Endra",
        "Ketua partai Hendra Kusumawijaya alias Endra",
    ],
)
def test_a_nickname_the_article_gives_is_the_person_s(introduction: str) -> None:
    text = f'{introduction} datang ke pasar. "Harga stabil," kata Cak Endra. "Stok aman," ujar Endra.'
    assert [q.speaker for q in newsfacts.extract_quotes(text)] == ["Hendra Kusumawijaya"] * 2


def test_a_bare_or_between_two_names_joins_two_people() -> None:
    text = 'Pilihan jatuh pada Budi Santoso atau Andi Wirawan. "Saya siap," kata Andi.'
    assert [q.speaker for q in newsfacts.extract_quotes(text)] == ["Andi Wirawan"]
