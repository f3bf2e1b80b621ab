"""Reading a spreadsheet of pairings: the good rows, and every bad row with its line and why."""

import pytest

from myecoach.domain.people_import import (
    COLUMNS,
    MAX_BYTES,
    BadRow,
    UnreadableFile,
    read_pairings,
)
from myecoach.domain.wording import RelationshipKind

HEADER = ",".join(COLUMNS)
CLAIRE_DANIEL = (
    "Leadership 2026,coaching,claire@example.org,Claire Bennett,daniel@example.org,Daniel Okafor"
)
MARIA_LEO = "Graduates 2026,mentoring,maria@example.org,Maria Santos,leo@example.org,Leo Fischer"


def csv_bytes(*rows: str, header: str = HEADER) -> bytes:
    """A CSV file as a spreadsheet saves it: a header, then the rows."""
    return "\n".join([header, *rows]).encode()


def bad(*rows: str) -> list[tuple[int, str]]:
    """The bad rows of a file: (line number, why)."""
    read = read_pairings(csv_bytes(*rows))
    return [(row.line, row.reason) for row in read.bad_rows]


def test_good_rows_become_pairings_with_emails_lower_cased_and_cells_trimmed():
    read = read_pairings(
        csv_bytes(
            " Leadership 2026 , Coaching , Claire@Example.org , Claire Bennett ,"
            "DANIEL@example.org,Daniel Okafor",
            MARIA_LEO,
        )
    )
    assert read.bad_rows == []
    first, second = read.pairings
    assert (first.line, first.programme, first.kind) == (2, "Leadership 2026", "coaching")
    assert (first.coach_email, first.coach_name) == ("claire@example.org", "Claire Bennett")
    assert (first.coachee_email, first.coachee_name) == ("daniel@example.org", "Daniel Okafor")
    assert second.kind is RelationshipKind.MENTORING
    assert read.people() == {
        "claire@example.org": "Claire Bennett",
        "daniel@example.org": "Daniel Okafor",
        "maria@example.org": "Maria Santos",
        "leo@example.org": "Leo Fischer",
    }


@pytest.mark.parametrize(
    "content",
    [
        csv_bytes(CLAIRE_DANIEL, MARIA_LEO),
        b"\xef\xbb\xbf" + csv_bytes(CLAIRE_DANIEL, MARIA_LEO),
        csv_bytes(CLAIRE_DANIEL, MARIA_LEO).replace(b",", b";"),
        b"\xef\xbb\xbf" + csv_bytes(CLAIRE_DANIEL, MARIA_LEO).replace(b",", b";"),
        csv_bytes(CLAIRE_DANIEL, MARIA_LEO).replace(b"\n", b"\r\n"),
    ],
    ids=["comma", "comma with BOM", "semicolon", "semicolon with BOM", "CRLF"],
)
def test_utf8_with_or_without_bom_comma_or_semicolon_read_the_same(content):
    read = read_pairings(content)
    assert read.bad_rows == []
    assert [(p.line, p.coach_name, p.coachee_name) for p in read.pairings] == [
        (2, "Claire Bennett", "Daniel Okafor"),
        (3, "Maria Santos", "Leo Fischer"),
    ]


def test_semicolon_files_may_hold_commas_in_names():
    content = "\n".join(
        [
            ";".join(COLUMNS),
            "L;coaching;c@example.org;Bennett, Claire;d@example.org;Do",
        ]
    ).encode()
    assert read_pairings(content).pairings[0].coach_name == "Bennett, Claire"


def test_columns_may_come_in_any_order_in_any_case_with_others_beside_them():
    header = "Notes,COACHEE_NAME,coachee_email,Coach_Name,coach_email,Kind,Programme"
    row = "cohort 1,Daniel Okafor,daniel@example.org,Claire Bennett,claire@example.org,coaching,L"
    (pairing,) = read_pairings(csv_bytes(row, header=header)).pairings
    assert (pairing.programme, pairing.coach_name, pairing.coachee_email) == (
        "L",
        "Claire Bennett",
        "daniel@example.org",
    )


def test_names_keep_their_accents():
    row = (
        "Programme A,coaching,elodie@example.org,Élodie Durand,søren@example.org,Søren Kierkegaard"
    )
    read = read_pairings(b"\xef\xbb\xbf" + csv_bytes(row))
    assert read.people() == {
        "elodie@example.org": "Élodie Durand",
        "søren@example.org": "Søren Kierkegaard",
    }


def test_blank_rows_are_skipped_and_line_numbers_still_match_the_file():
    content = csv_bytes("", CLAIRE_DANIEL, ",,,,,", "", "x,coaching,not-an-email,A,b@example.org,B")
    read = read_pairings(content)
    assert [p.line for p in read.pairings] == [3]
    assert [row.line for row in read.bad_rows] == [6]


def test_a_row_with_a_cell_over_two_lines_is_reported_at_the_line_it_starts():
    header = HEADER + ",notes"
    content = csv_bytes(
        'P,coaching,a@example.org,A,b@example.org,B,"two\nlines"',
        'P,coaching,c@example.org,C,c@example.org,C,"also\ntwo"',
        "P,coaching,e@example.org,E,e@example.org,E,one",
        header=header,
    )
    assert [row.line for row in read_pairings(content).bad_rows] == [4, 6]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (",coaching,a@example.org,A,b@example.org,B", "The programme is missing."),
        ("P,supervision,a@example.org,A,b@example.org,B", "Unknown kind “supervision”"),
        ("P,,a@example.org,A,b@example.org,B", "Unknown kind “”"),
        ("P,coaching,a.example.org,A,b@example.org,B", "The coach's e-mail “a.example.org”"),
        ("P,coaching,a@example,A,b@example.org,B", "The coach's e-mail “a@example” is not"),
        ("P,coaching,a@example.org,A,b@@example.org,B", "The coachee's e-mail “b@@example.org”"),
        ("P,coaching,a@example.org,A,,B", "The coachee's e-mail “” is not a valid address."),
        ("P,coaching,a@example.org,,b@example.org,B", "The coach's name is missing."),
        ("P,coaching,a@example.org,A,b@example.org,  ", "The coachee's name is missing."),
        ("P,coaching,a@example.org,A,b@example.org", "The coachee's name is missing."),
        (
            "P,coaching,a@example.org,A,A@Example.org,A",
            "A person cannot be paired with themselves.",
        ),
        ("P,coaching,a@example.org," + "A" * 101 + ",b@example.org,B", "longer than 100"),
        ("P" * 201 + ",coaching,a@example.org,A,b@example.org,B", "longer than 200"),
        ("P,coaching,a@example.org,A\x07,b@example.org,B", "cannot be saved"),
    ],
)
def test_a_bad_row_is_left_out_with_its_line_number_and_why(row, reason):
    read = read_pairings(csv_bytes(CLAIRE_DANIEL, row))
    assert [p.line for p in read.pairings] == [2]
    ((line, why),) = [(r.line, r.reason) for r in read.bad_rows]
    assert line == 3
    assert reason in why


def test_the_same_email_with_two_different_names_is_reported_on_the_later_row():
    assert bad(
        CLAIRE_DANIEL,
        "Leadership 2026,coaching,claire@example.org,Claire B.,zoe@example.org,Zoe Adams",
    ) == [(3, "claire@example.org is called “Claire Bennett” on line 2, but “Claire B.” here.")]


def test_a_person_named_differently_as_coachee_than_as_coach_is_reported():
    assert bad(
        CLAIRE_DANIEL,
        "Leadership 2026,coaching,zoe@example.org,Zoe Adams,CLAIRE@example.org,Clare Bennett",
    ) == [(3, "claire@example.org is called “Claire Bennett” on line 2, but “Clare Bennett” here.")]


def test_a_duplicate_row_is_reported_with_the_line_it_repeats():
    repeated = CLAIRE_DANIEL.replace("Leadership 2026", "LEADERSHIP 2026").replace(
        "claire@", "Claire@"
    )
    assert bad(CLAIRE_DANIEL, MARIA_LEO, repeated) == [(4, "The same pairing as line 2.")]


def test_the_same_two_people_twice_in_a_programme_under_another_kind_is_reported():
    as_mentoring = CLAIRE_DANIEL.replace("coaching", "mentoring")
    assert bad(CLAIRE_DANIEL, as_mentoring) == [(3, "The same pairing as line 2.")]


def test_the_same_two_people_in_two_programmes_or_with_roles_swapped_are_two_pairings():
    other_programme = CLAIRE_DANIEL.replace("Leadership 2026", "Leadership 2027")
    swapped = (
        "Leadership 2026,coaching,"
        "daniel@example.org,Daniel Okafor,claire@example.org,Claire Bennett"
    )
    read = read_pairings(csv_bytes(CLAIRE_DANIEL, other_programme, swapped))
    assert (len(read.pairings), read.bad_rows) == (3, [])


def test_a_bad_row_does_not_make_later_rows_clash_with_it():
    misspelt = "P,coaching,claire@example.org,Claire Bennet,claire@example.org,Claire Bennet"
    read = read_pairings(csv_bytes(misspelt, CLAIRE_DANIEL))
    assert [r.line for r in read.bad_rows] == [2]
    assert [p.line for p in read.pairings] == [3]


def test_every_bad_row_is_reported_not_only_the_first():
    rows = [CLAIRE_DANIEL] + [f"P,coaching,x{n}@example.org,,y{n}@example.org,Y" for n in range(5)]
    assert [line for line, _ in bad(*rows)] == [3, 4, 5, 6, 7]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "missing: programme, kind, coach_email, coach_name, coachee_email, coachee_name"),
        (b"programme,kind,coach_email,coachee_email\nP,coaching,a@x.org,b@x.org", "missing: "),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 20, "This is not a CSV file."),
        (HEADER.encode() + "\nP,coaching,a@x.org,Zoë,b@x.org,B".encode("latin-1"), "not UTF-8"),
        (b"x" * (MAX_BYTES + 1), "larger than 5 MB"),
        (csv_bytes('P,coaching,a@x.org,"' + "A" * 200_000 + '",b@x.org,B'), "Line 2 cannot be"),
    ],
    ids=["empty", "missing columns", "zip", "latin-1", "too large", "cell over the CSV limit"],
)
def test_a_file_that_is_not_a_readable_csv_is_refused_with_a_clear_message(content, message):
    with pytest.raises(UnreadableFile) as refused:
        read_pairings(content)
    assert message in refused.value.message


def test_a_missing_columns_message_names_only_the_missing_ones():
    with pytest.raises(UnreadableFile) as refused:
        read_pairings(b"programme,kind,coach_email,coachee_email\n")
    assert refused.value.message.endswith("missing: coach_name, coachee_name.")


def test_a_file_at_the_size_limit_is_read():
    notes = "n" * 100_000
    rows = [f"P{n},coaching,a@example.org,A,b@example.org,B,{notes}" for n in range(52)]
    content = csv_bytes(*rows, header=HEADER + ",notes") + b"\n"
    content += b" " * (MAX_BYTES - len(content))
    assert len(content) == MAX_BYTES
    assert len(read_pairings(content).pairings) == 52


def test_bad_rows_are_plain_values_the_preview_can_show():
    assert read_pairings(csv_bytes("P,coaching,a,A,b,B")).bad_rows == [
        BadRow(2, "The coach's e-mail “a” is not a valid address.")
    ]
