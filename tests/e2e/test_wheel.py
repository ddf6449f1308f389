"""The built wheel carries its styles and the bundled article: install it in a fresh
virtual environment and run the reader's `cat` on the bundled article."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_installs_and_finds_its_bundled_files(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        timeout=600,
    )
    (wheel,) = dist.glob("arabic_reader-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=900)
    # Run from an empty folder so nothing can be found through the source checkout.
    clean_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    work = tmp_path / "elsewhere"
    work.mkdir()
    script = env_dir / "bin" / "arabic-reader"
    seed = subprocess.run(
        [str(python), "-c", "from reader.resources import default_article as d, stylesheet as s;"
         "from reader.resources import bundled as b;"
         "print(d()); print(s('reader.tcss')); print(b('NOTICE.md'))"],
        cwd=work, env=clean_env, capture_output=True, text=True, check=True, timeout=120,
    ).stdout.split()
    assert "site-packages" in seed[0] and Path(seed[0]).is_file()
    assert "site-packages" in seed[1] and Path(seed[1]).is_file()
    # The data attribution (ANERcorp CC BY-SA, CLDR, GeoNames ...) ships with the model.
    assert "CC BY-SA 4.0" in Path(seed[2]).read_text(encoding="utf-8")
    result = subprocess.run(
        [str(script), "cat", seed[0], "--width", "70"],
        cwd=work, env=clean_env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    expected = subprocess.run(
        [sys.executable, "-m", "reader", "cat", str(next((ROOT / "seeds").glob("*.txt"))),
         "--width", "70"],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout
    assert result.stdout == expected
    assert "\ufe8e" in result.stdout  # shaped: final alef presentation form
