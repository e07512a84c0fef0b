"""Entry point: `python -m app` / `kiemtra`. No subcommand starts the GUI.

This module is the composition root: it is the one place allowed to hand over
to the Qt layer (see the import-linter contract in pyproject.toml). Nothing
heavy is imported before the window is up.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # photo workers in the frozen bundle
    from app import cli

    args = cli.build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command == "selftest":
        from ui.launcher import selftest

        return selftest(json_output=args.json)
    if args.command is None:
        from ui.launcher import run_gui

        return run_gui(cli.default_db(args), lang=args.lang)
    return cli.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
