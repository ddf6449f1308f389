"""`arabic-reader serve` in a real browser: headless Chromium opens the page, the reader
comes up in its terminal (xterm.js), `p` is pressed, and the terminal's text, read back
through the page, is what tmux shows for the same keys at the same size.

The page's terminal is reached over the DevTools protocol (a websocket, spoken with
aiohttp, which textual-serve brings): a script run before the page's own records the
xterm.js Terminal that textual-serve creates (`this.terminal = new Terminal(...)`), and its
buffer is read row by row. Chromium may resolve no name but 127.0.0.1, so the page's
web-font link goes nowhere. Skips, with a warning, when Chromium is missing or cannot start.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest

from reader.resources import default_article
from reader.text.layout import one_line
from tests.e2e.harness import reader_command

aiohttp = pytest.importorskip("aiohttp")

CHROMIUM_MISSING = (
    "chromium cannot start: the browser test of `arabic-reader serve` did NOT run "
    "(Debian: apt-get install chromium; .ci/run installs it)"
)
RECORD_TERMINAL = """(() => {
  window.__xterms = [];
  Object.defineProperty(Object.prototype, 'terminal', {
    configurable: true,
    set(value) {
      Object.defineProperty(this, 'terminal',
                            {value, writable: true, configurable: true, enumerable: true});
      if (value && typeof value.loadAddon === 'function') window.__xterms.push(value);
    },
  });
})();"""
READ_TERMINAL = """(() => {
  const t = (window.__xterms || []).find(x => x.buffer && x.buffer.active);
  if (!t) return null;
  const buffer = t.buffer.active, rows = [];
  for (let y = 0; y < t.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    rows.push(line ? line.translateToString(true) : '');
  }
  return {cols: t.cols, rows: t.rows, text: rows};
})()"""
STEADY_READS = 4
"""Reads 0.4 s apart that must agree before a screen counts as painted."""
PLACES_HEADING = one_line("الأماكن")
"""On screen once the engine has filled the panel (its places section's heading)."""
RANK = re.compile(r"\b\d+/\d+\b")
"""The status line's i/n, once a mention is current."""


def _filled(rows: list[str]) -> bool:
    return any("Quit" in row for row in rows) and any(PLACES_HEADING in row for row in rows)


def _jumped(rows: list[str]) -> bool:
    return _filled(rows) and any(RANK.search(row) for row in rows[-3:])


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        warnings.warn(CHROMIUM_MISSING, stacklevel=1)
        pytest.skip(CHROMIUM_MISSING)
    return path


def _wait_for_port(port: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"nothing listens on 127.0.0.1:{port}")


class DevTools:
    """One page of a browser, driven over the DevTools protocol."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.last_id = 0

    async def call(self, method: str, **params):
        self.last_id += 1
        await self.ws.send_json({"id": self.last_id, "method": method, "params": params})
        while True:
            message = json.loads((await self.ws.receive(timeout=30)).data)
            if message.get("id") == self.last_id:
                assert "error" not in message, message
                return message["result"]

    async def screen(self) -> dict | None:
        result = await self.call("Runtime.evaluate", expression=READ_TERMINAL,
                                 returnByValue=True)
        return result["result"].get("value")

    async def steady_screen(self, ready, seconds: float = 60) -> dict:
        """The terminal's screen once `ready(rows)` and it has not changed for
        STEADY_READS reads."""
        deadline = time.monotonic() + seconds
        previous, same = None, 0
        while time.monotonic() < deadline:
            await asyncio.sleep(0.4)
            shown = await self.screen()
            text = shown["text"] if shown else None
            same = same + 1 if text is not None and text == previous else 0
            previous = text
            if same >= STEADY_READS and text and ready(text):
                return shown
        raise AssertionError("the page's terminal never settled:\n" + "\n".join(previous or []))

    async def press(self, key: str) -> None:
        await self.call("Runtime.evaluate", expression="window.__xterms[0].focus()")
        code = f"Key{key.upper()}"
        for kind in ("keyDown", "keyUp"):
            await self.call("Input.dispatchKeyEvent", type=kind, key=key, code=code,
                            text=key if kind == "keyDown" else "",
                            windowsVirtualKeyCode=ord(key.upper()))


async def _browser_screens(chromium: str, url: str, profile: Path) -> tuple[dict, dict]:
    """The page's terminal after it opened, and after `p`."""
    port = _free_port()
    browser = subprocess.Popen(
        [chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
         f"--remote-debugging-port={port}", f"--user-data-dir={profile}",
         "--window-size=1100,700", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
         "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        async with aiohttp.ClientSession() as http:
            targets = None
            deadline = time.monotonic() + 30
            while targets is None and time.monotonic() < deadline and browser.poll() is None:
                try:
                    async with http.get(f"http://127.0.0.1:{port}/json/list") as answer:
                        targets = await answer.json()
                except aiohttp.ClientError:
                    await asyncio.sleep(0.3)
            if targets is None:
                browser.kill()
                err = browser.stderr.read() if browser.stderr else b""
                why = err.decode(errors="replace")[-500:]
                warnings.warn(f"{CHROMIUM_MISSING}: {why}", stacklevel=1)
                pytest.skip(f"{CHROMIUM_MISSING}: {why}")
            page = next(t for t in targets if t["type"] == "page")
            async with http.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                tools = DevTools(ws)
                await tools.call("Page.enable")
                await tools.call("Page.addScriptToEvaluateOnNewDocument", source=RECORD_TERMINAL)
                await tools.call("Page.navigate", url=url)
                opened = await tools.steady_screen(_filled)
                await tools.press("p")
                after_p = await tools.steady_screen(_jumped)
                return opened, after_p
    finally:
        browser.kill()
        browser.wait(10)


def _steady_tmux_screen(term, ready, seconds: float = 60) -> list[str]:
    deadline = time.monotonic() + seconds
    previous, same = None, 0
    while time.monotonic() < deadline:
        time.sleep(0.4)
        rows = [row.rstrip() for row in term.screen()]
        same = same + 1 if rows == previous else 0
        previous = rows
        if same >= STEADY_READS and ready(rows):
            return rows
    raise AssertionError("tmux's screen never settled:\n" + "\n".join(previous or []))


def test_the_served_reader_shows_in_the_browser_what_a_terminal_shows(terminal, tmp_path):
    chromium = _chromium()
    article = default_article()
    port = _free_port()
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "serve-config"),
           "XDG_STATE_HOME": str(tmp_path / "serve-state")}
    server = subprocess.Popen(
        [sys.executable, "-m", "reader", "serve", str(article), "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_port(port)
        opened, after_p = asyncio.run(
            _browser_screens(chromium, f"http://127.0.0.1:{port}/", tmp_path / "profile")
        )
    finally:
        server.terminate()
        server.wait(15)
    # The page's terminal shows the article (shaped Arabic) and, after p, a person current.
    assert any("\ufe8d" <= ch <= "\ufefc" for row in opened["text"] for ch in row)
    assert not any(RANK.search(row) for row in opened["text"][-3:])
    assert after_p["text"] != opened["text"]

    term = terminal(after_p["cols"], after_p["rows"])
    term.start(reader_command(str(article)))
    _steady_tmux_screen(term, _filled)
    term.tmux("send-keys", "p")
    in_tmux = _steady_tmux_screen(term, _jumped)
    in_browser = [row.rstrip() for row in after_p["text"]]
    assert in_browser == in_tmux


def test_serve_listens_on_this_machine_only_by_default():
    help_text = subprocess.run(
        [sys.executable, "-m", "reader", "serve", "--help"], capture_output=True, text=True,
        timeout=60, stdin=subprocess.DEVNULL,
    ).stdout
    assert "127.0.0.1" in help_text and "this machine only" in help_text


def test_serve_without_an_article_to_serve_says_so_in_one_line(tmp_path):
    for argument, said in ((str(tmp_path / "missing.txt"), "no such file"), ("-", "stdin")):
        run = subprocess.run(
            [sys.executable, "-m", "reader", "serve", argument], capture_output=True,
            text=True, timeout=60, stdin=subprocess.DEVNULL,
        )
        assert run.returncode == 2
        assert len(run.stderr.strip().splitlines()) == 1 and said in run.stderr
