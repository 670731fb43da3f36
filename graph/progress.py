"""When to show progress bars: on a terminal, unless --quiet or CI."""
import os
import sys


def show_progress(quiet: bool = False) -> bool:
    return not quiet and sys.stderr.isatty() and not os.environ.get("CI")
