"""People, as the admin team manages them: find, add, edit, deactivate and reactivate, and
their invitation or reset link while it is valid."""

from datetime import timedelta

import pytest
from sqlalchemy import insert
from sqlmodel import select

from myecoach.domain.errors import DomainError, NotFound, SignInRefused, ValidationFailed
from myecoach.domain.wording import ACCOUNT_DEACTIVATED
from myecoach.models import AdminAction, PasswordLink, User, utc_now
from myecoach.services import accounts, auth, relationships, sessions
from myecoach.services.accounts import LinkNotValid
from myecoach.services.admin import people
from tests.services.onboarding import everything_stored, fresh_throttle, token_of
from tests.values import PASSWORD

NEW_PASSWORD = "lantern orchard 42 drift"


def sign_in(db, email: str, password: str = PASSWORD) -> str:
    """Sign in from a browser as the sign-in page does."""
    return auth.sign_in(
        db,
        email=email,
        password=password,
        address="192.0.2.1",
        throttle=fresh_throttle(),
        allow_demo=False,
    )


def add(db, world, name="Zoe Adams", email="zoe@example.org", zone="Asia/Tokyo", admin=False):
    """Add a person as the admin's `Add person` form does."""
    return people.add_person(
        db, admin=world.admin, name=name, email=email, time_zone=zone, is_admin=admin
    )


def edit(db, world, person, **changes):
    """Edit a person as the admin's edit form does: every field sent, some changed."""
    fields = {
        "name": person.name,
        "email": person.email,
        "time_zone": person.time_zone,
        "is_admin": person.is_admin,
    }
    return people.edit_person(db, admin=world.admin, person_id=person.id, **{**fields, **changes})


def listed(db, world, query="", page=1) -> list[str]:
    """The names the admin's people list shows."""
    return [
        row.name for row in people.find_people(db, admin=world.admin, query=query, page=page).rows
    ]


def row_of(db, world, email: str) -> people.PersonRow:
    """A person's row in the admin's list."""
    (row,) = [
        r for r in people.find_people(db, admin=world.admin, query=email).rows if r.email == email
    ]
    return row


def actions(db) -> list[tuple[str, str]]:
    """The audit trail: (what, about whom), oldest first."""
    return [(a.action, a.subject) for a in db.exec(select(AdminAction).order_by(AdminAction.id))]


def add_many(db, count: int) -> None:
    """``count`` more people, named Person 000, Person 001, …"""
    db.execute(
        insert(User),
        [{"email": f"p{n:03}@example.net", "name": f"Person {n:03}"} for n in range(count)],
    )
    db.commit()


# Finding people


def test_the_list_shows_everyone_by_name(db, world):
    assert listed(db, world) == [
        "Alex Morgan",
        "Claire Bennett",
        "Daniel Okafor",
        "Leo Fischer",
        "Maria Santos",
        "Olivia Reid",
    ]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("claire", ["Claire Bennett"]),
        ("BENNETT claire", ["Claire Bennett"]),
        ("coachee@example", ["Daniel Okafor", "Leo Fischer"]),
        ("other_coachee", ["Leo Fischer"]),
        ("COACH", ["Claire Bennett", "Daniel Okafor", "Leo Fischer", "Maria Santos"]),
        ("example.com", None),
        ("nobody", []),
        ("%", []),
        ("_", ["Leo Fischer", "Maria Santos"]),  # other_coach@…: "_" is no wildcard
        ("   ", None),
        ("\x00", None),
    ],
)
def test_a_search_finds_people_by_every_word_of_name_or_email(db, world, query, found):
    everyone = listed(db, world)
    assert listed(db, world, query) == (everyone if found is None else found)


def suggested(db, world, query: str) -> list[tuple[str, str]]:
    """What the pairing form's e-mail field suggests for what the admin typed."""
    return people.suggest_people(db, admin=world.admin, query=query)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("cla", [("Claire Bennett", "coach@example.com")]),
        (
            "other_coa",
            [
                ("Leo Fischer", "other_coachee@example.com"),
                ("Maria Santos", "other_coach@example.com"),
            ],
        ),
        ("okafor dan", [("Daniel Okafor", "coachee@example.com")]),
        ("c", []),  # one letter would suggest nearly everyone
        ("", []),
        ("nobody", []),
    ],
)
def test_an_email_field_suggests_people_by_name_or_email(db, world, query, found):
    assert suggested(db, world, query) == found


def test_suggestions_leave_out_deactivated_people_and_stop_at_eight(db, world):
    add_many(db, 12)
    people.set_active(db, admin=world.admin, person_id=world.other_coach.id, active=False)
    assert suggested(db, world, "other_coa") == [("Leo Fischer", "other_coachee@example.com")]
    assert suggested(db, world, "person") == [
        (f"Person {n:03}", f"p{n:03}@example.net") for n in range(8)
    ]


@pytest.mark.parametrize("query", ["élodie", "ÉLODIE", "durand élodie", "søren"])
def test_a_search_finds_names_with_accents_whatever_their_case(db, world, query):
    for name, email in [("Élodie Durand", "elodie@example.org"), ("SØREN Berg", "s@example.org")]:
        add(db, world, name=name, email=email)
    assert len(listed(db, world, query)) == 1


def test_people_come_twenty_a_page(db, world):
    add_many(db, 45)
    first = people.find_people(db, admin=world.admin)
    assert (len(first.rows), first.total, first.page, first.pages) == (20, 51, 1, 3)
    pages = [listed(db, world, page=n) for n in (1, 2, 3)]
    assert pages[0][5:7] == ["Olivia Reid", "Person 000"]
    assert pages[2] == [f"Person {n:03}" for n in range(34, 45)]
    assert len(set(pages[0] + pages[1] + pages[2])) == 51


@pytest.mark.parametrize("page", [0, -1, 4, 10**30])
def test_a_page_out_of_range_shows_the_nearest_page(db, world, page):
    add_many(db, 45)
    shown = people.find_people(db, admin=world.admin, page=page)
    assert shown.page == (1 if page < 1 else 3)
    assert shown.rows


# Adding someone


def test_a_new_person_has_no_password_and_an_invitation_link(db, world):
    person, link = add(db, world, name="  Zoe Adams ", email=" Zoe@Example.org ")
    assert (person.name, person.email, person.time_zone) == (
        "Zoe Adams",
        "zoe@example.org",
        "Asia/Tokyo",
    )
    assert person.password_hash is None and person.active and not person.is_admin
    with pytest.raises(SignInRefused):
        sign_in(db, "zoe@example.org", "")
    accounts.set_password_with_link(
        db, token=token_of(link), password=NEW_PASSWORD, confirmation=NEW_PASSWORD
    )
    assert sign_in(db, "zoe@example.org", NEW_PASSWORD)


def test_the_admin_sees_a_persons_link_while_it_is_valid(db, world):
    _, link = add(db, world)
    row = row_of(db, world, "zoe@example.org")
    assert (row.link_purpose, row.link_url, row.has_password) == ("invitation", link, False)
    assert timedelta(days=6, hours=23) < row.link_expires_at - utc_now() <= timedelta(days=7)
    assert row_of(db, world, "coach@example.com").link_url == ""  # no link made for Claire
    accounts.set_password_with_link(
        db, token=token_of(link), password=NEW_PASSWORD, confirmation=NEW_PASSWORD
    )
    row = row_of(db, world, "zoe@example.org")
    assert (row.link_purpose, row.link_url, row.has_password) == ("", "", True)


def test_the_admin_no_longer_sees_an_expired_link(db, world):
    add(db, world)
    db.exec(select(PasswordLink)).one().expires_at = utc_now() - timedelta(seconds=1)
    db.commit()
    row = row_of(db, world, "zoe@example.org")
    assert (row.link_url, row.link_expires_at) == ("", None)


def test_an_admin_can_be_added(db, world):
    person, link = add(db, world, admin=True)
    accounts.set_password_with_link(
        db, token=token_of(link), password=NEW_PASSWORD, confirmation=NEW_PASSWORD
    )
    assert auth.user_for_token(db, sign_in(db, "zoe@example.org", NEW_PASSWORD)).is_admin
    assert people.find_people(db, admin=person).total == 7


@pytest.mark.parametrize(
    ("name", "email", "zone", "field"),
    [
        ("", "zoe@example.org", "Asia/Tokyo", "name"),
        ("   ", "zoe@example.org", "Asia/Tokyo", "name"),
        ("Z" * 101, "zoe@example.org", "Asia/Tokyo", "name"),
        ("Zoe\x00Adams", "zoe@example.org", "Asia/Tokyo", "name"),
        ("Zoe Adams", "zoe", "Asia/Tokyo", "email"),
        ("Zoe Adams", "zoe@example", "Asia/Tokyo", "email"),
        ("Zoe Adams", "zoe adams@example.org", "Asia/Tokyo", "email"),
        ("Zoe Adams", "zoe@example.org", "Mars/Olympus", "time_zone"),
        ("Zoe Adams", "zoe@example.org", "", "time_zone"),
    ],
)
def test_a_person_with_a_bad_detail_is_refused_and_nothing_is_stored(
    db, world, name, email, zone, field
):
    before = everything_stored(db)
    with pytest.raises(ValidationFailed) as refused:
        add(db, world, name=name, email=email, zone=zone)
    assert list(refused.value.errors) == [field]
    db.rollback()
    assert everything_stored(db) == before


@pytest.mark.parametrize("email", ["coach@example.com", " COACH@Example.com"])
def test_an_email_someone_already_uses_is_refused(db, world, email):
    before = everything_stored(db)
    with pytest.raises(ValidationFailed) as refused:
        add(db, world, email=email)
    assert refused.value.errors == {"email": people.EMAIL_TAKEN}
    assert everything_stored(db) == before


# Editing someone


def test_an_edit_changes_the_details_and_relationships_are_found_by_the_new_ones(db, world):
    edit(db, world, world.coachee, name="Dan Okafor", email="dan@example.org", time_zone="UTC")
    db.expire_all()
    person = db.get(User, world.coachee.id)
    assert (person.name, person.email, person.time_zone) == ("Dan Okafor", "dan@example.org", "UTC")
    found = relationships.search_relationships(db, actor=world.admin, query="dan@example.org")
    assert [row.coachee.name for row in found.rows] == ["Dan Okafor"]
    assert relationships.search_relationships(db, actor=world.admin, query="daniel").total == 0
    assert sign_in(db, "dan@example.org")


def test_an_edit_can_make_someone_an_admin_and_back(db, world):
    edit(db, world, world.coach, is_admin=True)
    assert people.find_people(db, admin=db.get(User, world.coach.id)).total == 6
    edit(db, world, world.coach, is_admin=False)
    with pytest.raises(NotFound):
        people.find_people(db, admin=db.get(User, world.coach.id))


def test_an_edit_to_an_email_someone_else_uses_is_refused(db, world):
    before = everything_stored(db)
    with pytest.raises(ValidationFailed) as refused:
        edit(db, world, world.coachee, email="Coach@example.com")
    assert refused.value.errors == {"email": people.EMAIL_TAKEN}
    assert everything_stored(db) == before


def test_an_admin_cannot_remove_their_own_admin_role(db, world):
    before = everything_stored(db)
    with pytest.raises(DomainError, match="cannot remove your own admin role"):
        edit(db, world, world.admin, is_admin=False)
    db.rollback()
    assert everything_stored(db) == before


def test_an_edit_that_changes_nothing_records_nothing(db, world):
    edit(db, world, world.coach, name=" Claire Bennett ", email="COACH@example.com")
    assert actions(db) == []


def test_an_unknown_person_is_not_found(db, world):
    for person_id in (0, -1, 999, 10**30):
        with pytest.raises(NotFound):
            people.edit_person(
                db,
                admin=world.admin,
                person_id=person_id,
                name="X Y",
                email="x@example.org",
                time_zone="UTC",
                is_admin=False,
            )
        with pytest.raises(NotFound):
            people.set_active(db, admin=world.admin, person_id=person_id, active=False)
        with pytest.raises(NotFound):
            people.new_link(db, admin=world.admin, person_id=person_id)


# Deactivating and reactivating


def test_deactivating_signs_someone_out_everywhere_and_refuses_their_sign_in(db, world):
    laptop, phone = sign_in(db, "coach@example.com"), sign_in(db, "coach@example.com")
    theirs = sign_in(db, "coachee@example.com")
    ended = people.set_active(db, admin=world.admin, person_id=world.coach.id, active=False)
    assert sorted(ended) == sorted(auth.token_digest(t) for t in (laptop, phone))
    assert auth.user_for_token(db, laptop) is None and auth.user_for_token(db, phone) is None
    assert auth.user_for_token(db, theirs).email == "coachee@example.com"
    with pytest.raises(SignInRefused) as refused:
        sign_in(db, "coach@example.com")
    assert refused.value.message == ACCOUNT_DEACTIVATED
    with pytest.raises(SignInRefused, match="Wrong email or password"):
        sign_in(db, "coach@example.com", "a wrong password")  # reveals nothing to a guesser
    assert row_of(db, world, "coach@example.com").active is False


def test_a_deactivated_persons_relationships_and_history_stay(db, world):
    session = sessions.add_session(
        db, actor=world.coach, relationship_id=world.relationship.id
    ).session
    people.set_active(db, admin=world.admin, person_id=world.coach.id, active=False)
    found = relationships.search_relationships(db, actor=world.coachee)
    assert [(r.coach.name, r.active) for r in found.rows] == [("Claire Bennett", True)]
    assert relationships.search_relationships(db, actor=world.admin, query="claire").total == 1
    view = relationships.open_relationship(
        db, actor=world.coachee, relationship_id=world.relationship.id
    )
    assert [s.number for s in view.sessions] == [session.number]


def test_reactivating_lets_someone_sign_in_again(db, world):
    people.set_active(db, admin=world.admin, person_id=world.coach.id, active=False)
    assert people.set_active(db, admin=world.admin, person_id=world.coach.id, active=True) == []
    assert auth.user_for_token(db, sign_in(db, "coach@example.com")).email == "coach@example.com"
    assert row_of(db, world, "coach@example.com").active is True


def test_deactivating_voids_the_persons_link_and_reactivating_does_not_bring_it_back(db, world):
    _, link = add(db, world)
    zoe = db.exec(select(User).where(User.email == "zoe@example.org")).one()
    people.set_active(db, admin=world.admin, person_id=zoe.id, active=False)
    assert row_of(db, world, "zoe@example.org").link_url == ""
    people.set_active(db, admin=world.admin, person_id=zoe.id, active=True)
    with pytest.raises(LinkNotValid):
        accounts.link_holder(db, token_of(link))
    assert row_of(db, world, "zoe@example.org").link_url == ""


def test_an_admin_cannot_deactivate_themselves(db, world):
    token = sign_in(db, "admin@example.com")
    with pytest.raises(DomainError, match=r"^You cannot deactivate yourself\.$"):
        people.set_active(db, admin=world.admin, person_id=world.admin.id, active=False)
    assert auth.user_for_token(db, token).email == "admin@example.com"


def test_deactivating_someone_already_deactivated_records_nothing_more(db, world):
    people.set_active(db, admin=world.admin, person_id=world.coach.id, active=False)
    assert people.set_active(db, admin=world.admin, person_id=world.coach.id, active=False) == []
    assert actions(db) == [("Deactivated a person", "Claire Bennett <coach@example.com>")]


# Links


def test_a_new_link_is_an_invitation_until_a_password_is_set_then_a_reset(db, world):
    person, first = add(db, world)
    second = people.new_link(db, admin=world.admin, person_id=person.id)
    with pytest.raises(LinkNotValid):
        accounts.link_holder(db, token_of(first))
    assert row_of(db, world, "zoe@example.org").link_purpose == "invitation"
    accounts.set_password_with_link(
        db, token=token_of(second), password=NEW_PASSWORD, confirmation=NEW_PASSWORD
    )
    reset = people.new_link(db, admin=world.admin, person_id=person.id)
    assert row_of(db, world, "zoe@example.org").link_purpose == "reset"
    assert sign_in(db, "zoe@example.org", NEW_PASSWORD)  # the password works until it is reset
    accounts.set_password_with_link(
        db,
        token=token_of(reset),
        password="copper meadow 77 vessel",
        confirmation="copper meadow 77 vessel",
    )
    assert sign_in(db, "zoe@example.org", "copper meadow 77 vessel")


def test_a_deactivated_person_gets_no_link(db, world):
    people.set_active(db, admin=world.admin, person_id=world.coach.id, active=False)
    before = everything_stored(db)
    with pytest.raises(DomainError, match="Reactivate this person"):
        people.new_link(db, admin=world.admin, person_id=world.coach.id)
    assert everything_stored(db) == before
