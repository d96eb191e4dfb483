"""The Today page: the evening entry and its companions (reach out, care note, check-ins)."""
