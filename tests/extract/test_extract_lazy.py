"""dateparser (slow to import, heavy tables) loads only for a date line in a language the regexes do not read."""

from __future__ import annotations

import subprocess
import sys

LATE = ("dateparser", "htmldate", "trafilatura", "lingua")


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode().strip().splitlines()[-1]


def test_cli_help_loads_no_date_parser() -> None:
    code = (
        "import sys; from sift.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print([m for m in {LATE!r} if m in sys.modules])"
    )
    assert _run(code) == "[]"


def test_dateparser_loads_only_for_a_date_line_that_needs_it() -> None:
    page = "{date}\n\nA headline\n\nThe council voted on Tuesday to approve the budget, the mayor said.\n"
    code = (
        "import sys\n"
        "from sift.extract import ExtractConfig, extract_page\n"
        f"english = extract_page({page!r}.format(date='Tuesday, November 14, 2017'), 'text/plain', ExtractConfig())\n"
        "before = 'dateparser' in sys.modules\n"
        f"italian = extract_page({page!r}.format(date='Pubblicato il 20 maggio 2020'), 'text/plain', ExtractConfig())\n"
        "print([english.published, before, italian.published, 'dateparser' in sys.modules])"
    )
    assert _run(code) == "['2017-11-14', False, '2020-05-20', True]"
