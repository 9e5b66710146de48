"""Where the data comes from: the checkout when running from source, the wheel when installed.

docs/design.md#start-up: an editable install imports from ``src/`` and never sees the wheel's
copy, so one function decides; both cases are tested here, the installed one with a real wheel
in a fresh venv.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import lawref
from lawref.loading import datapath
from tests.paths import ROOT


def test_running_from_the_checkout_reads_its_data_live() -> None:
    assert not datapath.packaged_data().joinpath("catalog.toml").is_file()
    assert Path(str(datapath.data_root())) == ROOT / "data"
    assert lawref.default_catalog().origin == str(ROOT / "data")


def test_missing_data_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(datapath, "checkout_data", lambda: tmp_path / "nowhere")
    with pytest.raises(lawref.DataError, match=r"no catalog\.toml"):
        datapath.data_root()


def _uv() -> str:
    found = shutil.which("uv")
    if found is None:
        pytest.skip("uv is not installed")
    return found


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_carries_the_data(tmp_path: Path) -> None:
    """Build the wheel (through an sdist, as an installer would), install it in a new venv, and
    query it from a folder outside the source tree."""
    uv = _uv()
    dist = tmp_path / "dist"
    subprocess.run([uv, "build", "--quiet", "--out-dir", str(dist), str(ROOT)], check=True)
    wheels = sorted(dist.glob("lawref-*.whl"))
    assert len(wheels) == 1
    venv = tmp_path / "venv"
    subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [uv, "pip", "install", "--quiet", "--python", str(python), str(wheels[0])], check=True
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    probe = (
        "import json, lawref, lawref.loading.datapath as d; c = lawref.default_catalog(); "
        "print(json.dumps({'origin': c.origin, 'file': lawref.__file__, "
        "'status': lawref.at('it-act-2000/s67B').status, 'acts': len(c.acts)}))"
    )
    result = subprocess.run(
        [str(python), "-c", probe], cwd=outside, env=env, check=True, capture_output=True, text=True
    )
    answer = json.loads(result.stdout)
    assert answer["file"].startswith(str(venv))
    assert answer["origin"].startswith(str(venv))
    assert Path(answer["origin"]).parts[-2:] == ("lawref", "data")
    assert answer["status"] == "in_force"
    assert answer["acts"] == len(lawref.default_catalog().acts)
    cli = subprocess.run(
        [str(venv / "bin" / "lawref"), "show", "67B IT Act", "--as-of", "2019-10-13"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
    )
    assert cli.returncode == 0, cli.stderr
    assert "it-act-2000/s67B" in cli.stdout
    assert "Law as reviewed on" in cli.stdout
