"""Pure converters between domain objects and files or text; they never print or prompt."""
