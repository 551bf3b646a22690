"""The issuer's identity (vat-facts.md §11.16) is installation data held centrally: the
central administrator sets it, every login reads it, only admins write it (row-level
security of migration 0011), and every device gets it by sync."""

from __future__ import annotations

from app.domain.quotes.issuer import Identity
from app.services.quotes.identity import issuer_identity, set_identity_centrally
from tests.security.conftest import affected, connect_as, secured  # noqa: F401
from tests.sync.conftest import central, sync_run  # noqa: F401

DEMO = Identity(
    entity="verenigde_producties",
    name="Coöperatie Demo CV",
    legal_form="coöperatieve vennootschap",
    registered_seat="Demostraat 1, 1000 Brussel",
    enterprise_number="0403019261",
    rpr_court="RPR Brussel",
    vat_number="BE0403019261",
    iban="BE71096123456769",
    bic="GKCCBEBB",
)


def test_every_login_reads_the_identity_and_only_admins_write_it(secured):  # noqa: F811
    stored = set_identity_centrally(secured.url, DEMO)
    assert stored.iban == "BE71 0961 2345 6769" and stored.enterprise_number == "0403.019.261"
    assert secured.scalar("SELECT row_version FROM issuer_identities") > 0
    assert (
        secured.scalar("SELECT count(*) FROM sync_change_log WHERE entity = 'issuer_identities'")
        >= 1
    )
    for short in ("gnt1", "team", "rev", "adm"):
        with connect_as(secured, short) as conn:
            names = conn.execute(
                "SELECT name FROM issuer_identities WHERE entity = 'verenigde_producties'"
            ).fetchall()
            assert names == [("Coöperatie Demo CV",)], short
    for short in ("gnt1", "team", "rev"):
        with connect_as(secured, short) as conn:
            assert affected(conn, "UPDATE issuer_identities SET iban = 'BE00'") in (0, -1), short
            assert (
                affected(
                    conn,
                    "INSERT INTO issuer_identities (id, entity, office_id, row_version, "
                    "created_at, updated_at, name, legal_form, registered_seat, "
                    "enterprise_number, rpr_court, vat_number, iban, bic) SELECT "
                    "gen_random_uuid(), 'fake', id, 0, now(), now(), 'x', 'x', 'x', 'x', "
                    "'x', 'x', 'BE00', 'x' FROM offices LIMIT 1",
                )
                == -1
            ), short
    with connect_as(secured, "adm") as conn:
        assert affected(conn, "UPDATE issuer_identities SET bic = 'GEBABEBB'") >= 1


def test_a_device_gets_the_identity_by_sync(secured):  # noqa: F811
    set_identity_centrally(secured.url, DEMO)
    device = secured.device("gnt1")
    got = issuer_identity(device.ctx(), "verenigde_producties")
    assert got is not None and got.vat_number == "BE0403019261"
    assert got.rpr_court == "RPR Brussel"
