"""The user's settings (bidi mode, panel side, marks, keymap): typed, in a TOML file.

The file is `$XDG_CONFIG_HOME/arabic-reader/settings.toml` on Linux (platformdirs elsewhere).
It is read with the standard library's `tomllib`, and written by hand: the schema is three
scalars and one table of strings, whose TOML is a few lines with one escaping rule, so a
dependency to write it would cost more than it saves (a round-trip test guards the
escaping). A file that cannot be read gives the defaults and one line saying why; the
reader then never writes over it, so a user's hand edit is not lost to a typo.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, NamedTuple

from platformdirs import user_config_path

APP_NAME = "arabic-reader"
FILE_NAME = "settings.toml"
LEGACY_FILE_NAME = "settings.json"
"""Where settings were kept before the TOML file: read once, when there is no TOML file."""

BIDI_MODES = ("app", "terminal")
PANEL_SIDES = ("left", "right")


@dataclass(frozen=True, slots=True)
class Settings:
    """What the reader remembers between sessions."""

    bidi: str = "app"
    """Who does bidi: "app" (the reader shapes and orders) or "terminal"."""
    panel_side: str = "left"
    """Where the entity panel stands: "left" or "right" of the article."""
    highlights: bool = True
    """Mark every mention (False: only the current one)."""
    keymap: Mapping[str, str] = field(default_factory=dict)
    """Binding id → keys, comma separated (`"reader.next-person" = "right"`)."""


class LoadedSettings(NamedTuple):
    """The settings read, and what was wrong with the file, in one line (None: nothing)."""

    settings: Settings
    problem: str | None = None


def settings_path() -> Path:
    """Where settings live: $XDG_CONFIG_HOME/arabic-reader/settings.toml on Linux."""
    return user_config_path(APP_NAME) / FILE_NAME


def read_settings() -> LoadedSettings:
    """The saved settings; the defaults (and the reason) when the file is bad.

    With no TOML file but an older settings.json, that one's choices are taken and
    written as TOML (the JSON file is left where it is)."""
    path = settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return _migrate(path)
    except OSError as error:
        return LoadedSettings(Settings(), f"{path.name}: {error.strerror}; using the defaults")
    import tomllib  # here, not at the top: a start with no settings file does without it

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        return LoadedSettings(Settings(), f"{path.name}: {reason}; using the defaults")
    settings, problems = from_mapping(data)
    problem = f"{path.name}: {'; '.join(problems)}" if problems else None
    return LoadedSettings(settings, problem)


def load_settings() -> Settings:
    """The saved settings (the defaults where the file is bad)."""
    return read_settings().settings


def from_mapping(data: Mapping[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from parsed TOML (or the old JSON), each bad value replaced by its default,
    and one short phrase for each problem found."""
    problems: list[str] = []
    values: dict[str, Any] = {}
    known = {f.name for f in fields(Settings)}
    for name in data:
        if name not in known:
            problems.append(f"unknown setting {name!r}")
    for name, allowed in (("bidi", BIDI_MODES), ("panel_side", PANEL_SIDES)):
        if name in data:
            if data[name] in allowed:
                values[name] = data[name]
            else:
                choices = " or ".join(f'"{a}"' for a in allowed)
                problems.append(f"{name} must be {choices}")
    if "highlights" in data:
        if isinstance(data["highlights"], bool):
            values["highlights"] = data["highlights"]
        else:
            problems.append("highlights must be true or false")
    if "keymap" in data:
        keymap = data["keymap"]
        if isinstance(keymap, Mapping):
            values["keymap"] = {
                str(k): v for k, v in keymap.items() if isinstance(v, str) and v.strip()
            }
            if len(values["keymap"]) < len(keymap):
                problems.append("a [keymap] entry must be a non-empty string of keys")
        else:
            problems.append("keymap must be a table ([keymap])")
    return Settings(**values), problems


def save_settings(settings: Settings) -> bool:
    """Write `settings`; False when it could not be written (a read-only home) or when the
    file on disk is one the reader could not read (it is left for its owner to fix)."""
    path = settings_path()
    if path.exists() and _unreadable(path):
        return False
    try:
        text = to_toml(settings)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except (OSError, ValueError):
        return False
    return True


def save_setting(name: str, value: object) -> bool:
    """Remember one setting (`save_setting("bidi", "terminal")`), keeping the others."""
    changes: dict[str, Any] = {name: value}
    return save_settings(replace(load_settings(), **changes))


def _unreadable(path: Path) -> bool:
    import tomllib

    try:
        tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return True
    return False


def _migrate(path: Path) -> LoadedSettings:
    legacy = path.with_name(LEGACY_FILE_NAME)
    try:
        raw = legacy.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return LoadedSettings(Settings())
    import json  # here: most starts have no legacy file

    try:
        data = json.loads(raw)
    except ValueError:
        return LoadedSettings(Settings())
    if not isinstance(data, dict):
        return LoadedSettings(Settings())
    # Keys the JSON file held that are not settings (none were documented) are dropped.
    settings, _ = from_mapping({k: v for k, v in data.items() if k in _FIELD_NAMES})
    save_settings(settings)
    return LoadedSettings(settings)


_FIELD_NAMES = frozenset(f.name for f in fields(Settings))


def to_toml(settings: Settings) -> str:
    """The TOML text of `settings`, with a comment for each setting."""
    lines = [
        "# arabic-reader settings: the reader rewrites this file when a choice changes.",
        "",
        "# Who does bidi: \"app\" (the reader shapes and orders the text) or \"terminal\".",
        f"bidi = {toml_string(settings.bidi)}",
        "# Where the panel of people, places and dates stands: \"left\" or \"right\".",
        f"panel_side = {toml_string(settings.panel_side)}",
        "# Mark every mention (false: only the current one).",
        f"highlights = {'true' if settings.highlights else 'false'}",
        "",
        "# Keys: binding id = \"keys, comma separated\" (press ? in the reader for the ids).",
        "[keymap]",
    ]
    lines += [f"{toml_string(k)} = {toml_string(v)}" for k, v in settings.keymap.items()]
    return "\n".join(lines) + "\n"


def toml_string(value: str) -> str:
    """`value` as a TOML basic string: quotes, backslashes and control characters escaped.

    ValueError for a lone surrogate, which TOML (UTF-8) cannot hold."""
    out = ['"']
    for char in value:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        elif 0xD800 <= code <= 0xDFFF:
            raise ValueError("a lone surrogate cannot be written as TOML")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)
