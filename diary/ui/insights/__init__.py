"""The Insights page: the month's charts with their plain-language summary."""
