"""myecoach: arrange, edit, cancel, reactivate and complete coaching sessions."""
