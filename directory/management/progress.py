"""A one-line text progress bar for management commands (redrawn in place on a terminal)."""


class ProgressBar:
    def __init__(self, stream, total, label="", width=30):
        self.stream, self.total, self.label, self.width = stream, max(total, 0), label, width
        self.done = 0
        self.interactive = hasattr(stream, "isatty") and stream.isatty()
        self._last_percent = -1

    def advance(self, steps=1):
        self.done = min(self.total, self.done + steps)
        percent = self.done * 100 // self.total if self.total else 100
        # On a terminal every step redraws; in logs, one line per 10 %.
        if self.interactive or percent // 10 != self._last_percent // 10 or self.done == self.total:
            self._draw(percent)
        self._last_percent = percent

    def _draw(self, percent):
        filled = self.width * percent // 100
        bar = "#" * filled + "." * (self.width - filled)
        line = f"{self.label} [{bar}] {self.done}/{self.total} ({percent}%)"
        if self.interactive:
            self.stream.write("\r" + line, ending="" if self.done < self.total else "\n")
            self.stream.flush()
        else:
            self.stream.write(line)
