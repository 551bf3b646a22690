from tests.integration.conftest import local_db, people  # noqa: F401 - fixtures used by name
