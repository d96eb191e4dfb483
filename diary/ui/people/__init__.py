"""The People page: people, circles, a person's page, and the dialogs that change them."""
