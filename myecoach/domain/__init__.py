"""Pure business rules of myecoach: no web framework, no database."""
