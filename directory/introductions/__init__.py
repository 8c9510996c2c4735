"""Introduction requests ("mises en relation") from sending structures to host structures, and their triage.

- models.py: IntroductionRequest (personal data, purged by `manage.py purge_introductions`);
- forms.py, views.py, requests.py: the public form, recording a request and telling the team and the sender;
- stats.py: the figures a structure page shows;
- triage.py, admin.py, mail.py: the Lima team's triage: take in hand, answer the sender, forward to the structure
  with the sender's consent, close or mark as spam. Every step is a Wagtail log entry (the request's history).
"""
