"""Outbound e-mail: the messages myecoach writes (templates) and the adapter that hands them
to a mail server (SMTP). Services queue messages in the outbox; a background loop sends them."""
