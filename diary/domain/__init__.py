"""Pure-Python heart of Hearth: records, vocabulary, statistics. Standard library only."""
