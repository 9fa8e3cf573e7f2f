"""The bundled executable's entry point: ``viralml …`` as the venv's console script.

The app runs itself as a child process in two places (the torch device probe,
``sys.executable -c CODE``, and the GUI's local server, ``sys.executable -m viralml_desktop.cli
serve``). In the frozen app ``sys.executable`` is this executable, so it answers ``-c`` and
``-m`` the way the interpreter does.
"""
import multiprocessing
import runpy
import sys


def main() -> int:
    multiprocessing.freeze_support()
    argv = sys.argv
    if len(argv) > 2 and argv[1] == "-c":
        sys.argv = ["-c"] + argv[3:]
        exec(compile(argv[2], "<string>", "exec"), {"__name__": "__main__"})
        return 0
    if len(argv) > 2 and argv[1] == "-m":
        sys.argv = [argv[2]] + argv[3:]
        runpy.run_module(argv[2], run_name="__main__", alter_sys=True)
        return 0
    from viralml_desktop.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
