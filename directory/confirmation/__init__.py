"""Entries that confirm themselves, and the changes proposed to an entry before an editor approves them.

- models.py: StructureChangeRequest, a proposal waiting for a directory editor;
- workflow.py: the yearly signed link (`manage.py send_confirmation_requests`), confirming, proposing changes,
  the editors' approval or rejection;
- forms.py: the confirmation page's form and a reader's suggested correction;
- views.py: the confirmation page reached from the e-mail; corrections.py: a reader's correction form;
- admin.py: the editors' review of change requests.
"""
