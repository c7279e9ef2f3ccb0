"""Storage: SQLAlchemy models, migrations and a small repository API.

Import `feasibility_app.storage.database` / `.repository` directly; this package
file stays empty so that importing it costs nothing.
"""
