"""Before the diary is open: the unlock window and the first-run welcome."""
