"""The database: one interface, the SQLite and PostgreSQL backends, and the stores over it."""
