"""``python -m briefgen`` and the ``briefgen`` command: the command line.

The CLI module is imported inside :func:`run` so that Ctrl-C while it loads
still ends with one line, not a traceback.
"""

import sys


def run() -> None:
    """Entry point of the ``briefgen`` command."""
    try:
        from .cli import main
    except KeyboardInterrupt:
        sys.stderr.write("briefgen: error: interrupted\n")
        sys.exit(130)
    main()


if __name__ == "__main__":
    run()
