"""Matplotlib panels drawn on a bare Figure: data in, artists out (no Qt, no pyplot)."""
