"""The Lima team's triage of introduction requests: take in hand, answer the sender, forward to the structure
with the sender's consent, close or mark as spam. Every step is a Wagtail log entry (the request's history)."""
