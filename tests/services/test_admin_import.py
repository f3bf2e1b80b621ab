"""Importing people and pairings from a spreadsheet: the preview, then all or nothing."""

from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import select

from myecoach.db import unit_of_work
from myecoach.domain.errors import DomainError
from myecoach.domain.people_import import COLUMNS, MAX_BYTES, UnreadableFile
from myecoach.models import PasswordLink, Programme, Relationship, User
from myecoach.services import accounts, relationships
from myecoach.services import secrets as server_secrets
from myecoach.services.admin import audit, imports, people, programmes
from tests.services.onboarding import everything_stored, token_of

SAMPLE = Path(__file__).resolve().parents[2] / "assets" / "sample-import.csv"  # downloadable
HEADER = ",".join(COLUMNS)
LEADERSHIP = "Leadership Coaching 2026"  # the world's programme
ZOE_YUSUF = "Graduates 2026,mentoring,zoe@example.org,Zoe Adams,yusuf@example.org,Yusuf Demir"
CLAIRE_ZOE = f"{LEADERSHIP},coaching,coach@example.com,Claire Bennett,zoe@example.org,Zoe Adams"


def csv_file(*rows: str) -> bytes:
    """A CSV file as a spreadsheet saves it."""
    return "\r\n".join([HEADER, *rows]).encode()


def preview(db, world, content: bytes) -> imports.ImportPlan:
    """The preview the admin sees after choosing a file."""
    return imports.preview_import(db, admin=world.admin, content=content)


def apply(db, world, content: bytes) -> imports.ImportPlan:
    """Import the file, as the admin's `Import` button does."""
    return imports.apply_import(db, admin=world.admin, content=content)


def counts(plan: imports.ImportPlan) -> dict[str, int]:
    """The preview's figures."""
    return {
        "new programmes": len(plan.new_programmes),
        "new people": len(plan.new_people),
        "people who exist": plan.existing_people,
        "new pairings": len(plan.new_pairings),
        "pairings that exist": plan.existing_pairings,
        "bad rows": len(plan.bad_rows),
    }


def bad_rows(plan: imports.ImportPlan) -> list[tuple[int, str]]:
    """The rows left out: (line, why)."""
    return [(row.line, row.reason) for row in plan.bad_rows]


def pairs_of(db, actor, query="") -> list[tuple[str, str, str, str]]:
    """The relationships a person's list shows: (programme, kind, coach, coachee)."""
    page = relationships.search_relationships(db, actor=actor, query=query)
    return [(r.programme, r.kind, r.coach.name, r.coachee.name) for r in page.rows]


def person(db, email: str) -> User:
    """The person with this e-mail."""
    return db.exec(select(User).where(User.email == email)).one()


@pytest.fixture(params=["looked up", "read at once"])
def finding_people(request, monkeypatch):
    """Both ways the import finds who exists: by e-mail (small files), or everyone at once."""
    if request.param == "read at once":
        monkeypatch.setattr(imports, "SMALL_FILE_PEOPLE", 0)


@pytest.mark.usefixtures("finding_people")
def test_the_preview_says_what_will_be_created_and_changes_nothing(db, world):
    before = everything_stored(db)
    plan = preview(db, world, csv_file(ZOE_YUSUF, CLAIRE_ZOE))
    assert counts(plan) == {
        "new programmes": 1,
        "new people": 2,
        "people who exist": 1,
        "new pairings": 2,
        "pairings that exist": 0,
        "bad rows": 0,
    }
    assert plan.new_programmes == ["Graduates 2026"]
    assert plan.new_people == {"zoe@example.org": "Zoe Adams", "yusuf@example.org": "Yusuf Demir"}
    assert everything_stored(db) == before


def test_importing_creates_what_the_preview_showed(db, world):
    plan = apply(db, world, csv_file(ZOE_YUSUF, CLAIRE_ZOE))
    assert counts(plan)["new pairings"] == 2
    zoe, yusuf = person(db, "zoe@example.org"), person(db, "yusuf@example.org")
    assert pairs_of(db, zoe) == [
        ("Graduates 2026", "mentoring", "Zoe Adams", "Yusuf Demir"),
        (LEADERSHIP, "coaching", "Claire Bennett", "Zoe Adams"),
    ]
    assert pairs_of(db, yusuf) == [("Graduates 2026", "mentoring", "Zoe Adams", "Yusuf Demir")]
    assert ("Graduates 2026", False, 1, 0) in [
        (p.name, p.archived, p.active, p.closed)
        for p in programmes.list_programmes(db, admin=world.admin)
    ]
    assert (zoe.name, zoe.time_zone, zoe.is_admin, zoe.active) == (
        "Zoe Adams",
        world.admin.time_zone,
        False,
        True,
    )


def test_imported_people_get_an_invitation_link_the_admin_sees_and_hands_over(db, world):
    apply(db, world, csv_file(ZOE_YUSUF))
    rows = people.find_people(db, admin=world.admin, query="zoe@example.org").rows
    ((purpose, link, has_password),) = [(r.link_purpose, r.link_url, r.has_password) for r in rows]
    assert (purpose, has_password) == ("invitation", False)
    password = "lantern orchard 42 drift"
    accounts.set_password_with_link(
        db, token=token_of(link), password=password, confirmation=password
    )
    assert person(db, "zoe@example.org").password_hash is not None
    assert person(db, "yusuf@example.org").password_hash is None  # Yusuf's link is his own


@pytest.mark.usefixtures("finding_people")
def test_people_who_exist_keep_their_password_and_get_no_link(db, world):
    hash_before = world.coach.password_hash
    apply(db, world, csv_file(CLAIRE_ZOE))
    db.expire_all()
    assert person(db, "coach@example.com").password_hash == hash_before
    links = db.exec(select(PasswordLink.user_id)).all()
    assert links == [person(db, "zoe@example.org").id]


@pytest.mark.usefixtures("finding_people")
def test_importing_the_same_file_twice_changes_nothing_the_second_time(db, world):
    content = csv_file(ZOE_YUSUF, CLAIRE_ZOE)
    apply(db, world, content)
    after_first = everything_stored(db)
    again = preview(db, world, content)
    assert counts(again) == {
        "new programmes": 0,
        "new people": 0,
        "people who exist": 3,
        "new pairings": 0,
        "pairings that exist": 2,
        "bad rows": 0,
    }
    assert not again.changes_anything
    assert counts(apply(db, world, content)) == counts(again)
    assert everything_stored(db) == after_first


def test_a_file_naming_a_programme_in_another_case_adds_to_that_programme(db, world):
    row = CLAIRE_ZOE.replace(LEADERSHIP, LEADERSHIP.upper())
    plan = apply(db, world, csv_file(row))
    assert plan.new_programmes == []
    assert db.exec(select(func.count(Programme.id))).one() == 1
    assert pairs_of(db, person(db, "zoe@example.org"))[0][0] == LEADERSHIP


def test_a_new_programme_spelt_in_two_cases_is_created_once(db, world):
    other_case = "GRADUATES 2026,mentoring,zoe@example.org,Zoe Adams,ian@example.org,Ian Moss"
    plan = apply(db, world, csv_file(ZOE_YUSUF, other_case))
    assert plan.new_programmes == ["Graduates 2026"]
    assert db.exec(select(Programme.name).order_by(Programme.name)).all() == [
        "Graduates 2026",
        LEADERSHIP,
    ]
    assert len(pairs_of(db, person(db, "zoe@example.org"))) == 2


@pytest.mark.usefixtures("finding_people")
def test_pairings_that_exist_are_counted_not_created_again_whatever_their_kind(db, world):
    row = (
        f"{LEADERSHIP},mentoring,coach@example.com,Claire Bennett,coachee@example.com,Daniel Okafor"
    )
    plan = apply(db, world, csv_file(row))
    assert counts(plan)["pairings that exist"] == 1 and plan.new_pairings == []
    assert pairs_of(db, world.coachee) == [
        (LEADERSHIP, "coaching", "Claire Bennett", "Daniel Okafor")
    ]


# Bad rows

EVERY_KIND_OF_BAD_ROW = [
    ("Graduates 2026,mentoring,bad-email,Zoe Adams,yusuf@example.org,Yusuf Demir", "e-mail"),
    ("Graduates 2026,mentoring,zoe@example.org,,yusuf@example.org,Yusuf Demir", "name is missing"),
    (
        "Graduates 2026,supervision,zoe@example.org,Zoe Adams,yusuf@example.org,Yusuf",
        "Unknown kind",
    ),
    ("Graduates 2026,coaching,zoe@example.org,Zoe Adams,ZOE@example.org,Zoe Adams", "themselves"),
    ("Graduates 2026,coaching,zoe@example.org,Zoë Adams,ian@example.org,Ian Moss", "called"),
    (ZOE_YUSUF, "The same pairing as line 2."),
    (f"{LEADERSHIP},coaching,coachee@example.com,Dan O,ian@example.org,Ian Moss", "already in"),
    (",coaching,zoe@example.org,Zoe Adams,ian@example.org,Ian Moss", "programme is missing"),
]


@pytest.mark.usefixtures("finding_people")
def test_every_bad_row_is_shown_with_its_line_and_why_and_the_good_rows_are_imported(db, world):
    rows = [ZOE_YUSUF] + [row for row, _ in EVERY_KIND_OF_BAD_ROW] + [CLAIRE_ZOE]
    plan = preview(db, world, csv_file(*rows))
    shown = bad_rows(plan)
    assert [line for line, _ in shown] == list(range(3, 3 + len(EVERY_KIND_OF_BAD_ROW)))
    for (_, why), (_, expected) in zip(shown, EVERY_KIND_OF_BAD_ROW, strict=True):
        assert expected in why
    assert [p.line for p in plan.new_pairings] == [2, 3 + len(EVERY_KIND_OF_BAD_ROW)]
    apply(db, world, csv_file(*rows))
    assert db.exec(select(func.count(Relationship.id))).one() == 2 + 2
    assert db.exec(select(func.count(User.id))).one() == 6 + 2
    assert db.exec(select(User).where(User.email == "ian@example.org")).first() is None


@pytest.mark.usefixtures("finding_people")
def test_a_person_in_myecoach_under_another_name_is_a_bad_row(db, world):
    row = f"{LEADERSHIP},coaching,COACH@example.com,Claire B.,zoe@example.org,Zoe Adams"
    assert bad_rows(preview(db, world, csv_file(row))) == [
        (2, "coach@example.com is already in myecoach as “Claire Bennett”, not “Claire B.”.")
    ]


@pytest.mark.usefixtures("finding_people")
def test_a_deactivated_person_is_a_bad_row(db, world):
    people.set_active(db, admin=world.admin, person_id=world.coach.id, active=False)
    assert bad_rows(preview(db, world, csv_file(CLAIRE_ZOE))) == [
        (2, "Claire Bennett (coach@example.com) is deactivated.")
    ]


def test_a_row_for_an_archived_programme_is_a_bad_row(db, world):
    programmes.archive_programme(db, admin=world.admin, programme_id=world.programme.id)
    before = everything_stored(db)
    plan = apply(db, world, csv_file(CLAIRE_ZOE.replace(LEADERSHIP, LEADERSHIP.lower())))
    assert bad_rows(plan) == [(2, f"The programme {LEADERSHIP} is archived.")]
    assert everything_stored(db) == before


def test_a_file_of_bad_rows_only_imports_nothing(db, world):
    before = everything_stored(db)
    alone = [0, 1, 2, 3, 6, 7]  # bad whatever the other rows are
    plan = apply(db, world, csv_file(*(EVERY_KIND_OF_BAD_ROW[n][0] for n in alone)))
    assert len(plan.bad_rows) == len(alone) and not plan.changes_anything
    assert everything_stored(db) == before


# Files that cannot be imported


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"x" * (MAX_BYTES + 1), "The file is larger than 5 MB. Split it into smaller files."),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "This is not a CSV file."),
        ("programme,kind\nÉcole,coaching".encode("latin-1"), "The file is not UTF-8 text."),
        (b"name,email\nZoe Adams,zoe@example.org", "The first row must name the columns"),
        (b"", "The first row must name the columns"),
    ],
    ids=["too large", "a spreadsheet, not a CSV", "not UTF-8", "other columns", "empty"],
)
def test_a_file_that_cannot_be_imported_gets_a_clear_error_and_changes_nothing(
    db, world, content, message
):
    before = everything_stored(db)
    for use_case in (preview, apply):
        with pytest.raises(UnreadableFile) as refused:
            use_case(db, world, content)
        assert refused.value.message.startswith(message)
        assert everything_stored(db) == before


# All or nothing


@pytest.mark.parametrize("secret", ["made before", "made by this import"])
def test_a_failure_half_way_leaves_nothing_imported(db, world, engine, monkeypatch, secret):
    if secret == "made by this import":  # a deployment's first link: its secret is made now
        monkeypatch.delenv("MYECOACH_SECRET_KEY", raising=False)
        monkeypatch.setattr(server_secrets, "_generated", None)
    before = everything_stored(db)

    def fail_after_the_people(*args, **kwargs):
        assert db.exec(select(User).where(User.email == "zoe@example.org")).first()  # inserted
        raise RuntimeError("the database went away")

    monkeypatch.setattr(imports, "_relationship", fail_after_the_people)
    with pytest.raises(RuntimeError):
        apply(db, world, csv_file(ZOE_YUSUF, CLAIRE_ZOE))
    db.rollback()  # as closing the unit of work does
    with unit_of_work(engine) as elsewhere:
        after = everything_stored(elsewhere)
    assert {**after, "server_secret": []} == {**before, "server_secret": []}


def test_an_imported_relationship_is_found_and_listed_as_one_paired_by_hand(db, world):
    row = CLAIRE_ZOE.replace(LEADERSHIP, LEADERSHIP.upper())
    apply(db, world, csv_file(ZOE_YUSUF, row))
    imported = db.exec(select(Relationship).where(Relationship.id > 2)).all()
    assert len(imported) == 2
    for relationship in imported:
        programme = db.get(Programme, relationship.programme_id)
        coach, coachee = db.get(User, relationship.coach_id), db.get(User, relationship.coachee_id)
        by_hand = Relationship.between(programme, coach, coachee)
        assert (relationship.search_text, relationship.sort_key) == (
            by_hand.search_text,
            by_hand.sort_key,
        )
    assert pairs_of(db, world.admin, "leadership zoe") == [
        (LEADERSHIP, "coaching", "Claire Bennett", "Zoe Adams")
    ]


def test_someone_adding_a_person_meanwhile_stops_the_import_with_a_clear_message(
    db, world, engine, monkeypatch
):
    plan = imports._plan

    def meanwhile_someone_adds_zoe(session, content):
        planned = plan(session, content)
        with unit_of_work(engine) as elsewhere:
            people.add_person(
                elsewhere,
                admin=elsewhere.get(User, world.admin.id),
                name="Zoe Adams",
                email="zoe@example.org",
                time_zone="UTC",
            )
        return planned

    monkeypatch.setattr(imports, "_plan", meanwhile_someone_adds_zoe)
    with pytest.raises(DomainError) as refused:
        apply(db, world, csv_file(ZOE_YUSUF))
    assert refused.value.message.startswith("Someone changed people or programmes")
    monkeypatch.setattr(imports, "_plan", plan)
    assert db.exec(select(Programme.name).where(Programme.name == "Graduates 2026")).first() is None
    assert db.exec(select(User).where(User.email == "yusuf@example.org")).first() is None
    assert counts(preview(db, world, csv_file(ZOE_YUSUF)))["new people"] == 1  # Yusuf, now


# The audit trail and the sample file


def test_an_import_is_recorded_once_with_what_it_created(db, world):
    apply(db, world, csv_file(ZOE_YUSUF, CLAIRE_ZOE, "x,coaching,a,A,b,B"))
    apply(db, world, csv_file(ZOE_YUSUF, CLAIRE_ZOE))
    (entry,) = audit.activity(db, admin=world.admin).entries
    assert (entry.actor, entry.action, entry.subject) == (
        "Alex Morgan",
        "Imported pairings",
        "2 pairings, 2 new people",
    )
    assert entry.changes == [
        ("programmes", "", "1"),
        ("people", "", "2"),
        ("pairings", "", "2"),
        ("rows left out", "", "1"),
    ]


def test_the_sample_file_imports_cleanly(db, world):
    content = SAMPLE.read_bytes()
    plan = preview(db, world, content)
    assert plan.bad_rows == []
    assert counts(plan) == {
        "new programmes": 1,
        "new people": 10,
        "people who exist": 0,
        "new pairings": 6,
        "pairings that exist": 0,
        "bad rows": 0,
    }
    apply(db, world, content)
    elodie = person(db, "elodie.durand@example.org")
    assert pairs_of(db, elodie) == [(LEADERSHIP, "coaching", "Tom Walsh", "Élodie Durand")]
    kinds = {kind for _, kind, _, _ in pairs_of(db, world.admin)}
    assert kinds == {"coaching", "mentoring"}
    assert not preview(db, world, content).changes_anything
