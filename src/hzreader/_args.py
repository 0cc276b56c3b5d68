"""The command lines' argument parser: argparse's, except that an option's value may be `--`.

argparse drops a `--` given as an option's value (`--query=--`, `-q --`) and gives the option
an empty list: a query crashed on it, `--sort=--` passed its choices. Here `--` is a value
like any other: checked against the choices and converted by the option's type.
"""

from __future__ import annotations

import argparse
from typing import Any


class ArgumentParser(argparse.ArgumentParser):
    """`argparse.ArgumentParser`, taking `--` as the value of an option of one value."""

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        if action.option_strings and action.nargs is None and arg_strings == ["--"]:
            value = self._get_value(action, "--")
            self._check_value(action, value)
            return value
        return super()._get_values(action, arg_strings)
