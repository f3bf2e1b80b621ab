"""The admin area's states: one per page, each re-checked on the server by its services."""
