"""Meeting corpus (M1, M2, ...) with our own sentences, and negative cases."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import MeetingStatus

PUB = "2022-04-12"  # a Tuesday

# Rows: phenomenon, text, the participants, the date and the status expected.
CORPUS = [
    (
        "M1",
        "Presiden Chile Gabriel Boric akan bertemu Perdana Menteri Jepang Fumio Kishida pada Kamis (14/4).",
        ("Gabriel Boric", "Fumio Kishida"),
        "2022-04-14",
        MeetingStatus.PLANNED,
    ),
    (
        "M1",
        (
            "Menteri Luar Negeri Ratna Kusuma bertemu dengan Duta Besar Jepang, Kenji Tanaka, "
            "di Gedung Pancasila, Senin (11/4)."
        ),
        ("Ratna Kusuma", "Kenji Tanaka"),
        "2022-04-11",
        MeetingStatus.OCCURRED,
    ),
    (
        "M2",
        "Pertemuan antara Gubernur Asep Gunawan dan Bupati Hadi Purnomo digelar tertutup.",
        ("Asep Gunawan", "Hadi Purnomo"),
        None,
        MeetingStatus.OCCURRED,
    ),
    (
        "M3",
        "Sejumlah nelayan ingin bertemu Bupati Hadi Purnomo untuk membahas harga solar.",
        ("nelayan", "Hadi Purnomo"),
        None,
        MeetingStatus.PROPOSED,
    ),
    (
        "M4",
        "Rencana Bupati Hadi Purnomo menemui Gubernur Asep Gunawan dibatalkan karena banjir.",
        ("Hadi Purnomo", "Asep Gunawan"),
        None,
        MeetingStatus.CANCELLED,
    ),
    (
        "M5",
        "Akhirnya warga dan petugas sepakat bertemu pada Jumat (8/4).",
        ("warga", "petugas"),
        "2022-04-08",
        MeetingStatus.OCCURRED,
    ),
    (
        "M6",
        "Pasar menunggu perundingan dagang antara Korea Selatan dan Jepang pada 20-21 April.",
        ("Korea Selatan", "Jepang"),
        "2022-04-20/2022-04-21",
        MeetingStatus.PLANNED,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "participants", "date", "status"), CORPUS)
def test_corpus(
    phenomenon: str, text: str, participants: tuple[str, ...], date: str | None, status: MeetingStatus
) -> None:
    meetings = newsfacts.extract_meetings(text, published=PUB)
    assert len(meetings) == 1, f"{phenomenon}: {meetings}"
    (m,) = meetings
    assert (m.participants, m.date, m.status) == (participants, date, status), phenomenon
    assert text[m.start : m.end] == m.text


def test_the_parties_between_end_at_the_meetings_own_predicate() -> None:
    text = "Pertemuan antara Bupati Rudi Hartanto dan sejumlah tokoh masyarakat berlangsung di Balai Kota."
    (meeting,) = newsfacts.extract_meetings(text, published="2022-04-12")
    assert (meeting.participants, meeting.location) == (("Rudi Hartanto", "tokoh masyarakat"), "Balai Kota")


def test_place_topic_and_later_mentions_enrich_one_event() -> None:
    text = (
        "Presiden Chile Gabriel Boric akan bertemu Perdana Menteri Jepang Fumio Kishida pada Kamis (14/4). "
        "Pertemuan itu digelar guna membahas kerja sama perikanan.\n\n"
        "Boric akan bertemu Kishida di pangkalan militer Jepang, Camp Zama."
    )
    (m,) = newsfacts.extract_meetings(text, published=PUB)
    assert m.location == "Camp Zama"
    assert m.topic == "kerja sama perikanan"
    assert len(m.evidence) == 3
    for span in m.evidence:
        assert text[span.start : span.end] == span.text


def test_pihaknya_is_the_body_in_the_speakers_title() -> None:
    text = (
        "Ketua Umum Asosiasi Nelayan Hadi Purnomo mengeluhkan harga solar. "
        "Menurut Hadi, pihaknya akan bertemu Bupati Asep Gunawan pekan depan."
    )
    (m,) = newsfacts.extract_meetings(text, published=PUB)
    assert m.participants == ("Asosiasi Nelayan", "Asep Gunawan")
    assert m.date == "2022-W16"


def test_a_glossed_pronoun_is_the_person_the_gloss_names() -> None:
    text = (
        "Ketua KPU Dedi Kurniawan hadir di lokasi.\n\n"
        '"Dia (Ketua KPU) ketemu Mas Joko di sana," kata Budi Santoso.'
    )
    (m,) = newsfacts.extract_meetings(text, published=PUB)
    assert set(m.participants) == {"Dedi Kurniawan", "Joko"}


def test_a_conditional_meeting_is_proposed() -> None:
    (m,) = newsfacts.extract_meetings(
        "Bila ada pertemuan dengan Bupati Hadi Purnomo, warga akan mengadu.", published=PUB
    )
    assert m.status is MeetingStatus.PROPOSED


def test_pronoun_subject_resolves_to_the_person_meant() -> None:
    text = (
        "Kanselir Austria Karl Nehammer tiba di Moskow. Ia akan bertemu Presiden Rusia Vladimir Putin besok."
    )
    (m,) = newsfacts.extract_meetings(text, published=PUB)
    assert m.participants == ("Karl Nehammer", "Vladimir Putin")
    assert m.date == "2022-04-13"


# Who the parties are: each row one way an article names a party.
PARTIES = [
    pytest.param(
        "Bupati Asep Gunawan hadir di pelabuhan. Pegawai berinisial RK itu bekerja di "
        "Kementerian Kelautan dan berencana menemuinya pekan depan.",
        ("RK", "Asep Gunawan"),
        id="a second predicate keeps the subject of the first",
    ),
    pytest.param(
        "Ketua Asosiasi Nelayan Hadi Purnomo mendatangi Kodim 0612/Tasikmalaya untuk mengadu.",
        ("Hadi Purnomo", "Kodim 0612/Tasikmalaya"),
        id="a unit's number belongs to its name",
    ),
    pytest.param(
        "Polisi menangkap pedagang bernama Rudi Santoso (RS) di Bandung. "
        "RS sempat bekerja di pabrik tekstil. Ia bertemu dengan Kapolsek Hadi Purnomo kemarin.",
        ("Rudi Santoso", "Hadi Purnomo"),
        id="initials given after a name refer to that person",
    ),
    pytest.param(
        '"Siang ini kami menggelar audiensi dengan DPRD Jambi soal jalan rusak," '
        "ujar Ketua Forum Sopir Truk Jambi, Hendra Wijaya.",
        ("Forum Sopir Truk Jambi", "DPRD Jambi"),
        id="kami in a quote is the speaker's body",
    ),
    pytest.param(
        "Kasubbid Penmas Bidang Humas Polda Riau AKP Dodi Saputra mengatakan, pihaknya "
        "sudah bertemu dengan perwakilan mahasiswa.",
        ("Polda Riau", "perwakilan mahasiswa"),
        id="pihaknya after a comma is the spokesperson's institution",
    ),
    pytest.param(
        "Rina Marlina, Direktur Utama PT Sinar Jaya mengatakan pihaknya sudah bertemu Bupati Hadi Purnomo.",
        ("PT Sinar Jaya", "Hadi Purnomo"),
        id="pihaknya after a name and title is the body in the title",
    ),
    pytest.param(
        "Jokowi bertemu Bupati Hadi Purnomo di Solo.",
        ("Joko Widodo", "Hadi Purnomo"),
        id="a head of state named by one word gets the public full name",
    ),
    pytest.param(
        "Kuasa hukum Dimas Arya, Lina Marlina, datang ke rutan. "
        '"Hari ini kami berusaha untuk bertemu Pak DA tapi belum diizinkan," kata Lina.',
        ("Lina Marlina", "Dimas Arya"),
        id="initials after an honorific are the person they spell",
    ),
    pytest.param(
        "Menteri Ratna Kusuma bertemu dengan Sekretaris Jenderal (Sekjen) WHO, Thomas Berger, di Jenewa.",
        ("Ratna Kusuma", "Thomas Berger"),
        id="a body in the title before a comma is not a party",
    ),
    pytest.param(
        "Hal itu disampaikan Menteri Ratna Kusuma usai bertemu Bupati Hadi Purnomo di Solo.",
        ("Ratna Kusuma", "Hadi Purnomo"),
        id="the agent of a passive speech verb is the one who met",
    ),
    pytest.param(
        "Hal tersebut diungkapkan Asep Gunawan dalam rapat bersama Komisi V DPR, Rabu (13/4).",
        ("Asep Gunawan", "Komisi V DPR"),
        id="the parties after a trigger end at a date",
    ),
    pytest.param(
        "Menteri Ratna Kusuma bertemu dengan putra Rudi Santoso, Dimas Hartono, di Solo.",
        ("Ratna Kusuma", "Dimas Hartono"),
        id="a relative before a comma is described by the name after it",
    ),
    pytest.param(
        "Bupati Hadi Purnomo melakukan audiensi dengan Badan Pengelola Air dan Irigasi Daerah (BPAID) "
        "di Solo.",
        ("Hadi Purnomo", "Badan Pengelola Air dan Irigasi Daerah"),
        id="a long name the article abbreviates is one party",
    ),
    pytest.param(
        '"Stok pupuk aman sampai Juni," kata Rudi Santoso dalam rapat dengan Komisi IV DPRD, Rabu (13/4).',
        ("Rudi Santoso", "Komisi IV DPRD"),
        id="the one quoted before a meeting in the attribution is a party",
    ),
    pytest.param(
        "Camat Rudi Santoso bertemu Bupati Hadi Purnomo di kantor Desa/Kelurahan Sukamaju.",
        ("Rudi Santoso", "Hadi Purnomo"),
        id="places joined by a slash are no doubles pair",
    ),
    pytest.param(
        "Para guru tidak dapat menyembunyikan rasa senang mereka dikunjungi Menteri Ratna Kusuma.",
        ("Para guru", "Ratna Kusuma"),
        id="a modal a few words before a visit is about something else",
    ),
    pytest.param(
        "Dokter asal Peru, Vargas, menemui para pengungsi di perbatasan.",
        ("Vargas", "para pengungsi"),
        id="a one-word name after an apposition's comma is someone",
    ),
    pytest.param(
        "Sesampai di rumah sakit, pemilik klinik menemui ibu korban, Rina Marlina.",
        ("pemilik klinik", "Rina Marlina"),
        id="a leading phrase is passed over before the subject",
    ),
]


@pytest.mark.parametrize(("text", "participants"), PARTIES)
def test_who_the_parties_are(text: str, participants: tuple[str, ...]) -> None:
    (m,) = newsfacts.extract_meetings(text, published=PUB)
    assert m.participants == participants


def test_a_body_with_its_short_form_and_town_is_one_party_and_the_place_visited() -> None:
    (m,) = newsfacts.extract_meetings(
        "Menteri Ratna Kusuma akan mengunjungi Politeknik Pelayaran (Poltekpel) Surabaya.", published=PUB
    )
    assert m.participants == ("Ratna Kusuma", "Politeknik Pelayaran (Poltekpel) Surabaya")
    assert m.location == "Politeknik Pelayaran (Poltekpel) Surabaya"


def test_a_titled_demonstrative_is_the_person_with_that_title() -> None:
    text = (
        "Ketua DPRD Jambi Hendra Wijaya bertemu Gubernur Asep Gunawan pada Senin (11/4). "
        "Pada 2020, ketua DPRD tersebut kembali bertemu Bupati Hadi Purnomo."
    )
    first, again = newsfacts.extract_meetings(text, published=PUB)
    assert first.participants == ("Hendra Wijaya", "Asep Gunawan")
    assert again.participants == ("Hendra Wijaya", "Hadi Purnomo")


def test_meeting_again_is_a_further_meeting_not_the_same_one() -> None:
    text = (
        "Bupati Hadi Purnomo bertemu Gubernur Asep Gunawan pada Senin (11/4). "
        "Sebulan kemudian, Hadi kembali bertemu Asep di Semarang."
    )
    assert len(newsfacts.extract_meetings(text, published=PUB)) == 2


def test_two_parties_talking_something_over_meet() -> None:
    (m,) = newsfacts.extract_meetings(
        "Pemprov Jambi bersama Kodim 0415/Jambi akan membahas pengamanan mudik pekan depan.", published=PUB
    )
    assert (m.participants, m.status, m.rule) == (
        ("Pemprov Jambi", "Kodim 0415/Jambi"),
        MeetingStatus.PLANNED,
        "meeting_joint",
    )


def test_a_date_guessed_from_nearby_text_does_not_merge_two_meetings() -> None:
    text = (
        "Bupati Hadi Purnomo bertemu Gubernur Asep Gunawan pada Senin (11/4). "
        "Keduanya membahas banjir. Bupati Hadi Purnomo juga bertemu Menteri Ratna Kusuma."
    )
    meetings = newsfacts.extract_meetings(text, published=PUB)
    assert [m.participants for m in meetings] == [
        ("Hadi Purnomo", "Asep Gunawan"),
        ("Hadi Purnomo", "Ratna Kusuma"),
    ]


def test_a_later_report_that_joins_two_earlier_ones_merges_them() -> None:
    text = (
        "Keluarga korban ingin bertemu Bupati Hadi Purnomo. Salah satu keluarga korban, Rudi Santoso, "
        "mengatakan permohonan audiensi pertemuan dengan Bupati sudah diajukan. Bila ada pertemuan dengan "
        "Hadi, Rudi beserta kerabat korban yang lain ingin mengadu."
    )
    (m,) = newsfacts.extract_meetings(text, published=PUB)
    assert m.status is MeetingStatus.PROPOSED
    assert {"Hadi Purnomo", "Rudi Santoso"} <= set(m.participants)


def test_two_spaces_after_a_lower_case_word_do_not_end_a_sentence() -> None:
    # No line breaks: runs of spaces stand for them, but not after a lower-case word.
    text = "Sejumlah warga korban banjir  Kampung Melayu ingin bertemu Bupati Hadi Purnomo. Mereka mengadu."
    (m,) = newsfacts.extract_meetings(text, published=PUB)
    assert m.participants[1] == "Hadi Purnomo"
    assert m.participants[0].startswith("warga korban")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Mudah-mudahan warga bisa bertemu dengan Bupati Hadi Purnomo.", MeetingStatus.PROPOSED),
        (
            "Awalnya, Rudi Santoso memfasilitasi pertemuan Bupati Hadi Purnomo dengan Gubernur Asep Gunawan.",
            MeetingStatus.OCCURRED,
        ),
        ("Rudi Santoso lalu segera bertemu Bupati Hadi Purnomo di kantornya.", MeetingStatus.OCCURRED),
        (
            '"Jika hujan, panen kami tunda," kata Rudi Santoso saat rapat dengan Bupati Hadi Purnomo.',
            MeetingStatus.OCCURRED,
        ),
    ],
)
def test_status_words(text: str, status: MeetingStatus) -> None:
    (m,) = newsfacts.extract_meetings(text, published=PUB)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Di Kantor Kecamatan Cibiru, Rudi Santoso sempat berbincang dengan Camat Hadi Purnomo.",
            "Kantor Kecamatan Cibiru",
        ),
        (
            "Rina Marlina ke Lapas Sukamiskin untuk menjenguk Rudi Santoso, tetapi belum bisa.",
            "Lapas Sukamiskin",
        ),
        ("Rina Marlina sedang di luar rumah sebab ia menemui ketua RT.", None),
        (
            "Gubernur Asep Gunawan bertemu Bupati Hadi Purnomo di Kota Solo beberapa waktu lalu.",
            "Kota Solo",
        ),
        ("Gubernur Asep Gunawan bertemu Bupati Hadi Purnomo di kantor Bank Tani.", "kantor Bank Tani"),
    ],
)
def test_where_a_meeting_took_place(text: str, location: str | None) -> None:
    (m,) = newsfacts.extract_meetings(text, published=PUB)
    assert m.location == location


NOT_MEETINGS = [
    "Presiden Joko Widodo berbicara melalui sambungan telepon dengan Perdana Menteri Jepang Fumio Kishida.",
    "Pertemuan tersebut berlangsung hangat.",
    "Rombongan wisatawan mengunjungi Candi Borobudur pada Senin.",
    "Para pendaki yang akan berkunjung ke Rinjani diminta bersiap.",
    "Penyanyi itu menerima penghargaan dari panitia festival.",
    "Ia tidak pernah bertemu dengan Bupati Hadi Purnomo.",
    "Kepala sekolah menerima bantuan buku dari donatur.",
    "Pembaca dapat mengunjungi website resmi Bank Mandiri untuk informasi lebih lanjut.",
    "Komisi itu akan membahas rancangan anggaran pekan depan.",
    "Bupati Kolaka Timur Daud Lende hadir. Investor itu akan berkunjung ke Kolaka Timur tahun depan.",
    '"Harganya cocok," ujar Rudi Hartanto saat berbincang dengan Kompas.com, Senin (11/4).',
    "Sejak kejadian itu, Rina Marlina takut bertemu orang lain.",
    "Pada babak kedua, Rudi Santoso akan bertemu dengan pebulu tangkis Malaysia, Lee Wei.",
    "Pembaca dapat mengunjungi kantor imigrasi terdekat dengan membawa paspor.",
    "Dalam pertemuan dengan para investor, Menteri Ratna Kusuma menyampaikan target pertumbuhan.",
    "Semangat itu disambut Bupati Hadi Purnomo dengan gembira.",
    "Saking ramainya didatangi warga, jalan di depan toko macet.",
    "Anggaran dibahas dalam Rapat Kerja (Raker) bersama Menteri Keuangan.",
    'Saksikan juga video "Bupati Hadi Purnomo Temui Nelayan, Janjikan Solar Murah" di sini.',
    "Kebun stroberi itu cocok dikunjungi bersama kerabat dan teman.",
    "Warga bisa mendatangi kantor kelurahan untuk mengurus surat pindah.",
    '"Kami siap," kata Bupati Hadi Purnomo, disambut tepuk tangan para anggota Koperasi Tani Makmur.',
    "Bupati Hadi Purnomo disambut tarian adat Kuda Lumping saat tiba di desa.",
    "Menteri Ratna Kusuma rutin bertemu dengan para petani di desanya.",
    "Ia menegaskan tak ada pembicaraan antara Bupati Hadi Purnomo dan Gubernur Asep Gunawan soal lahan.",
    "Menteri Ratna Kusuma menyetujui kontrak itu tanpa melalui rapat dengan Bupati Hadi Purnomo.",
    "Besok akan menjadi pertemuan perdana Rudi/Dani dengan pasangan Korea, Lee/Kang.",
]


@pytest.mark.parametrize("text", NOT_MEETINGS)
def test_not_meetings(text: str) -> None:
    assert newsfacts.extract_meetings(text, published=PUB) == ()


def test_a_body_named_with_its_acronym_or_its_country_is_one_party() -> None:
    text = "Menteri Budi Santoso bertemu dengan Badan Urusan Pangan (BUP) dan BUP di Medan."
    (meeting,) = newsfacts.extract_meetings(text, published="2024-05-02")
    assert meeting.participants == ("Budi Santoso", "Badan Urusan Pangan")
    text = "Menteri Budi Santoso bertemu dengan MPR RI dan MPR di Jakarta."
    (meeting,) = newsfacts.extract_meetings(text, published="2024-05-02")
    assert meeting.participants == ("Budi Santoso", "MPR RI")


def test_a_body_and_its_branch_are_two_parties() -> None:
    text = "Gubernur Budi Santoso bertemu Bank Indonesia dan Bank Indonesia Perwakilan Jawa Barat di Bandung."
    (meeting,) = newsfacts.extract_meetings(text, published="2024-05-02")
    assert meeting.participants[1:] == ("Bank Indonesia", "Bank Indonesia Perwakilan Jawa Barat")
