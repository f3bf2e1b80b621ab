"""The admin team's use cases: programmes, people, pairings, imports and their audit trail.
Each checks `require_admin` itself; the UI showing admin pages only to admins is a courtesy."""
