"""Modal screens: help and problems."""
