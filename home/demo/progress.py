class Progress:
    """Numbered progress lines for long commands: "[3/12] EnLAzando"."""

    def __init__(self, stdout, total, label):
        self.stdout = stdout
        self.total = total
        self.count = 0
        self.stdout.write(f"{label} ({total})")

    def step(self, name, created=True):
        self.count += 1
        state = "" if created else " (déjà là / already there)"
        self.stdout.write(f"  [{self.count}/{self.total}] {name}{state}")
