"""Values several test packages share."""

from myecoach.services.demo import DEMO_PASSWORD

PASSWORD = "correct horse battery"  # the password of the users the service tests create
__all__ = ["DEMO_PASSWORD", "PASSWORD"]
