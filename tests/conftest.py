"""Shared fixtures: a fresh database on each backend, the sample articles, a CLI runner.

Store tests take ``db_url`` and so run on SQLite always, and on PostgreSQL when
``DATELINE_TEST_PG_URL`` is set (each test gets its own schema, dropped afterwards).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

import dateline
from dateline.store.engine import database_url

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
DATA = Path(__file__).resolve().parent / "data"
DEMO = REPO / "examples" / "demo"
PG_URL = os.environ.get("DATELINE_TEST_PG_URL")

BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A database URL (or SQLite path) with nothing in it yet."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def app(db_url):
    """A dateline API object on a fresh database."""
    with dateline.open(db_url) as dl:
        yield dl


@pytest.fixture
def seeds():
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEEDS
