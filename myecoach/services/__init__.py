"""Use cases: each checks permission, applies the rules and commits once."""
