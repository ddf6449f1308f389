"""The cycle collector is held during a cold start and let go after the first frame."""

from __future__ import annotations

import gc

import pytest

from reader import startup


@pytest.fixture
def collector():
    """Leave the collector as the test found it: on, nothing frozen."""
    assert gc.isenabled() and gc.get_freeze_count() == 0
    yield
    gc.enable()
    gc.unfreeze()


def test_hold_then_release_moves_the_start_to_the_permanent_generation(collector):
    startup.hold()
    assert not gc.isenabled()
    startup.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    startup.release()  # a second release is nothing


def test_release_without_hold_freezes_nothing(collector):
    # Tests and library users build apps in a running process: nothing of theirs may be
    # made immortal.
    startup.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_hold_leaves_a_collector_someone_else_disabled(collector):
    gc.disable()
    startup.hold()
    startup.release()
    assert not gc.isenabled()  # not ours to enable


async def test_the_reader_releases_after_its_first_frame(collector, make_app):
    startup.hold()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert gc.isenabled()


def test_extract_keeps_the_collector_held_to_its_end(collector, capsys):
    # Its word lists and caches made the collector's full passes a sixth of a 5 MB run,
    # and the engine makes next to no cycles to collect.
    from reader import cli
    from tests.e2e.harness import SEED

    startup.hold()
    assert cli.main(["extract", str(SEED)]) == 0
    assert not gc.isenabled()
    assert '"entities"' in capsys.readouterr().out


def test_cat_lets_the_collector_go(collector, capsys):
    from reader import cli
    from tests.e2e.harness import SEED

    startup.hold()
    assert cli.main(["cat", str(SEED), "--width", "40"]) == 0
    assert gc.isenabled()
