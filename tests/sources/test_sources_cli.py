"""``sift sources show`` and ``sift sources import`` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run_sift(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SIFT_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "sift", *args], capture_output=True, text=True, timeout=120, env=env, check=False
    )


def test_show_rt_json(tmp_path: Path) -> None:
    result = run_sift("sources", "show", "rt.com", "--json", db=tmp_path / "none.db")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["state_affiliated"] is True and data["country"] == "RU" and data["type"] == "state-controlled"
    assert data["badge"] == "state-controlled media, Russia"
    assert data["found"] == {"how": "domain", "matched": "rt.com"}
    assert not (tmp_path / "none.db").exists()  # showing never creates a store


def test_show_nytimes_json(tmp_path: Path) -> None:
    result = run_sift("sources", "show", "https://www.nytimes.com/2017/11/14/world/", "--json", db=tmp_path / "x.db")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["state_affiliated"] is False and data["name"] == "The New York Times"


def test_show_text(tmp_path: Path) -> None:
    result = run_sift("sources", "show", "Spoutnik France", db=tmp_path / "x.db")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Sputnik France — state-controlled media, Russia")
    assert "fr.sputniknews.com" in result.stdout and "asd-state-media" in result.stdout


def test_unknown_outlet_exits_1_with_one_line(tmp_path: Path) -> None:
    result = run_sift("sources", "show", "The Daily Nowhere", db=tmp_path / "x.db")
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == "sift: no profile for 'The Daily Nowhere' (not in the shipped data nor your team's outlets)"
    )
    assert result.stdout == ""


def test_import_then_show(tmp_path: Path) -> None:
    db = tmp_path / "team.db"
    csv = tmp_path / "outlets.csv"
    csv.write_text("name,domains,type,country,quality\nOur Paper,paper.example,private,FR,0.7\nBroken,,,Russia,\n")
    result = run_sift("sources", "import", str(csv), "--json", db=db)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["imported"], summary["rejected"]) == (1, 1) and "row 3" in summary["reasons"][0]
    shown = run_sift("sources", "show", "paper.example", "--json", db=db)
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["name"] == "Our Paper" and data["country"] == "FR" and data["quality"] == 0.7


def test_import_bad_file_is_one_line_exit_2(tmp_path: Path) -> None:
    csv = tmp_path / "outlets.csv"
    csv.write_text("nom,pays\nX,RU\n")
    result = run_sift("sources", "import", str(csv), db=tmp_path / "team.db")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "unknown column(s) 'nom', 'pays'" in result.stderr


def test_show_counts_the_stored_factchecks(tmp_path: Path) -> None:
    db = tmp_path / "sample.db"
    assert run_sift("factchecks", "load-sample", db=db).returncode == 0
    bellingcat = json.loads(run_sift("sources", "show", "Bellingcat", "--json", db=db).stdout)
    assert bellingcat["factchecks"] == {"publisher": {"false": 2}, "claimant": {}}
    spiegel = run_sift("sources", "show", "Anti-Spiegel", db=db)
    assert spiegel.returncode == 0, spiegel.stderr
    assert "fact-checks      1 as claimant (mostly-false 1)" in spiegel.stdout
