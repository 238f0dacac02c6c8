"""Problems found in the knowledge base, worded for the editors who fix them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the knowledge base: where it is and what to do."""

    file: str
    message: str
    line: int | None = None
    record: str | None = None
    key: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}, line {self.line}"
        parts = [where]
        if self.record:
            parts.append(f"record '{self.record}'")
        if self.key:
            parts.append(f"key '{self.key}'")
        return ": ".join([", ".join(parts), self.message])

    def as_dict(self) -> dict[str, object]:
        """The problem as plain data, for JSON output."""
        return {
            "file": self.file,
            "line": self.line,
            "record": self.record,
            "key": self.key,
            "message": self.message,
            "text": str(self),
        }


class KnowledgeError(Exception):
    """The knowledge base cannot be used; every problem found is attached."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"The knowledge base has {count} {noun}:\n{lines}")
