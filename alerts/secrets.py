"""A secret value that never shows itself in reprs, logs or error messages."""

from __future__ import annotations


class Secret:
    __slots__ = ("_value", "name")

    def __init__(self, value: str, name: str) -> None:
        self._value = value
        self.name = name  # where it came from, e.g. the environment variable's name

    def reveal(self) -> str:
        return self._value

    def redact(self, text: str) -> str:
        return text.replace(self._value, f"<secret {self.name}>") if self._value else text

    def __repr__(self) -> str:
        return f"Secret(<from {self.name}>)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)
