"""Reading YAML files so that every record and key remembers its line number."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from careers_bot.knowledge.problems import Problem


class LineDict(dict[str, Any]):
    """A mapping from YAML that knows the line of itself and of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        """The line a key is on, or the record's own line."""
        return self.key_lines.get(key, self.line)


class _LineLoader(yaml.SafeLoader):
    """A safe loader whose mappings are LineDicts, and which refuses repeated keys."""

    duplicate_keys: list[tuple[str, int]]

    def construct_line_dict(self, node: yaml.MappingNode) -> Any:
        data = LineDict()
        data.line = node.start_mark.line + 1
        data.key_lines = {}
        yield data
        for key_node, _ in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in data.key_lines:
                self.duplicate_keys.append((key, line))
            data.key_lines[key] = line
        data.update({str(k): v for k, v in self.construct_mapping(node, deep=True).items()})


_LineLoader.add_constructor("tag:yaml.org,2002:map", _LineLoader.construct_line_dict)


def read_records(path: Path) -> tuple[list[LineDict], list[Problem]]:
    """Parse a knowledge file into its records, or the problems that stop it parsing."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return [], [Problem(name, "the file is missing")]
    except UnicodeDecodeError:
        return [], [Problem(name, "the file is not UTF-8 text; save it as UTF-8")]
    loader = _LineLoader(text)
    loader.duplicate_keys = []
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        what = error.problem or "the YAML cannot be read"
        return [], [Problem(name, f"{what} (check indentation, colons and quotes)", line=line)]
    except yaml.YAMLError as error:
        return [], [Problem(name, f"the YAML cannot be read: {error}")]
    finally:
        loader.dispose()
    problems = [
        Problem(name, "this key appears twice in the same record", line=line, key=key)
        for key, line in loader.duplicate_keys
    ]
    if data is None:
        return [], problems + [Problem(name, "the file is empty; it should be a list of records")]
    if not isinstance(data, list):
        return [], problems + [
            Problem(name, "the file should be a list of records, each starting '- id:'", line=1)
        ]
    records: list[LineDict] = []
    for position, item in enumerate(data, start=1):
        if isinstance(item, LineDict):
            records.append(item)
        else:
            problems.append(Problem(name, f"item {position} is not a record with keys like 'id:'"))
    return records, problems
