"""``sift check --comments`` and ``sift batch --comments`` (issue #18): a comment thread under an article is read
too, through the one path the stage options take (``sift.cli.check.stage_configs``). Invented names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer

from sift.cli import main
from sift.cli.check import stage_configs
from sift.workbench import Workbench

ARTICLE = "".join(
    f"<p>Absatz {n}: Die Bundesnetzagentur hat die Regeln für kleine Anlagen geändert.</p>" for n in range(30)
)
COMMENT = """
  <li class="comment even depth-1" id="comment-{n}">
    <article id="div-comment-{n}" class="comment-body">
      <footer class="comment-meta">
        <div class="comment-author vcard"><b class="fn">{name}</b> <span class="says">sagt:</span></div>
      </footer>
      <div class="comment-content"><p>{text}</p></div>
    </article>
  </li>"""
PAGE = f"""<html><head><title>Neue Regeln für Balkonkraftwerke</title></head><body>
  <article class="post type-post"><h1>Neue Regeln für Balkonkraftwerke</h1>{ARTICLE}</article>
  <div id="comments" class="comments-area"><h2 class="comments-title">2 Gedanken</h2><ol class="comment-list">
  {COMMENT.format(n=1, name="Ferdinand Quast", text="Bei uns hat der Netzbetreiber die Anmeldung bestätigt.")}
  {COMMENT.format(n=2, name="Ottilie Brand", text="Die Stadtwerke verlangen seit Januar eine Gebühr.")}
  </ol></div></body></html>"""


def test_stage_options_become_stage_configs() -> None:
    assert stage_configs({"claim_threshold": None, "comments": False}) == {}
    assert stage_configs({"claim_threshold": 0.6}) == {"claims": {"threshold": 0.6}}  # sift claims: no --comments
    assert stage_configs({"claim_threshold": 0.6, "comments": True}) == {
        "claims": {"threshold": 0.6},
        "extract": {"comments": True},
    }


def test_the_comments_config_reads_the_thread_under_a_long_article(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    posters = []
    for comments in (False, True):
        workbench = Workbench(stages=("extract",), configs=stage_configs({"comments": comments}))
        doc = workbench.check(str(page), kind="file")
        posters.append([block.poster.name for block in doc.blocks if block.poster is not None])
    assert posters == [[], ["Ferdinand Quast", "Ottilie Brand"]]


def _settings_given(monkeypatch: pytest.MonkeyPatch, target: Any, name: str, argv: list[str]) -> Any:
    """Run ``sift`` with ``argv`` up to the call of ``target.name`` and return its arguments (nothing is analysed)."""
    seen: list[Any] = []

    def stop(*args: Any, **kwargs: Any) -> None:
        seen.append((args, kwargs))
        raise typer.Exit(0)

    monkeypatch.setattr(target, name, stop)
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 0 and seen
    return seen[0]


def test_sift_check_and_sift_batch_take_comments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sift.batch
    import sift.cli.check

    (source, settings), _ = _settings_given(monkeypatch, sift.cli.check, "_check_here", ["check", "page", "--comments"])
    assert source == "page" and stage_configs(settings) == {"extract": {"comments": True}}
    (_, options), _ = _settings_given(
        monkeypatch, sift.batch, "run_batch", ["batch", str(tmp_path), "--comments", "--db", str(tmp_path / "s.db")]
    )
    assert options.configs == {"extract": {"comments": True}}
    (_, options), _ = _settings_given(monkeypatch, sift.batch, "run_batch", ["batch", str(tmp_path), "--db", "x.db"])
    assert options.configs == {}
