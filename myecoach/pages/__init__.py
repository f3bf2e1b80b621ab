"""One module per page; `register` adds them all to the app."""
