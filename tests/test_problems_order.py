"""The problems screen keeps each file's problems together."""

from __future__ import annotations

from hzreader.model import Problem, last_good_note
from hzreader.ui._status import problem_forms
from hzreader.ui.screens.problems import ordered_problems, problems_text


def test_a_broken_files_error_and_its_last_good_warning_stand_together() -> None:
    problems = [Problem("a.yaml", "not a mapping", 1), Problem("b.yaml", "odd date", 2,
                                                               severity="warning"),
                Problem("c.yaml", "invalid YAML", 2, 5),
                Problem("c.yaml", last_good_note(1), 2, severity="warning"),
                Problem("d.yaml", "never closed", 4)]
    ordered = [(p.path, p.severity) for p in ordered_problems(problems)]
    assert ordered == [("a.yaml", "error"), ("c.yaml", "error"), ("c.yaml", "warning"),
                       ("d.yaml", "error"), ("b.yaml", "warning")]
    lines = problems_text(problems).plain.splitlines()
    assert lines[2] == ("c.yaml:2: warning: the list keeps this file's last good version "
                        "(1 article) until the file is fixed or deleted")


def test_one_warning_is_singular() -> None:
    assert problem_forms("", 1)[0] == "1 warning (p to see)"
    assert problem_forms("", 2)[0] == "2 warnings (p to see)"
