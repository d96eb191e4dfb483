"""The only layer that knows SQL and keys: vault, database, repository."""
