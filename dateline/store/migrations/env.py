"""Alembic environment: runs on the connection dateline hands over (see store/migrate.py)."""

from alembic import context
from sqlalchemy import create_engine

from dateline.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")


def run(conn) -> None:
    # Batch mode lets ALTER-style migrations work on SQLite too.
    context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:  # the alembic command line, for writing new revisions
    with create_engine(config.get_main_option("sqlalchemy.url")).connect() as conn:
        run(conn)
