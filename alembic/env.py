"""Alembic environment: myecoach's tables, on the configured database."""

from alembic import context
from sqlmodel import SQLModel

from myecoach import models  # noqa: F401  (registers the tables)
from myecoach.db import engine

with engine().connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
