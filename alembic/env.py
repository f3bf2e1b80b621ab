"""Alembic environment: myecoach's tables, on the configured database."""

from alembic import context
from sqlmodel import SQLModel

from myecoach import models, search_index  # noqa: F401  (models registers the tables)
from myecoach.db import engine

with engine().connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:  # SQLite rebuilds a table to alter it: others' foreign keys must not stop that
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=sqlite,
        include_object=search_index.on_this_database(connection.dialect.name),
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
    if sqlite:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
