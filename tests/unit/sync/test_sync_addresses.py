"""The central database's address as the connect dialog reads and shows it: login and
password taken out of the address (the password belongs in the keyring), passwords hidden
on screen, TLS options added to the address. Plain text functions: no window needed."""

from __future__ import annotations

from ui.sync.sync_connect import shown_url, split_credentials, tls_of, with_tls


def test_the_dialog_keeps_credentials_out_of_the_address_and_adds_tls_options():
    assert split_credentials("postgresql://an:s3cr%40t@db.smart.coop/smartdesk") == (
        "postgresql://db.smart.coop/smartdesk",
        "an",
        "s3cr@t",
    )
    assert split_credentials(" postgresql://db/x ") == ("postgresql://db/x", "", "")
    assert shown_url("postgresql+psycopg://an:secret@db/x") == "postgresql+psycopg://an:***@db/x"
    assert shown_url("postgresql+psycopg://db/x") == "postgresql+psycopg://db/x"
    url = with_tls(
        "postgresql://db/x?sslmode=prefer&application_name=a", "verify-full", "/c/ca.pem"
    )
    assert url == ("postgresql://db/x?application_name=a&sslmode=verify-full&sslrootcert=/c/ca.pem")
    assert tls_of(url) == ("verify-full", "/c/ca.pem")
    assert with_tls("postgresql://db/x") == "postgresql://db/x"
