"""Measurements of myecoach as users feel it; run with `python -m benchmarks.<name>`."""
