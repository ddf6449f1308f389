"""The user's remembered choices (bidi mode), in the user's config directory."""

from __future__ import annotations

import json
from pathlib import Path

from platformdirs import user_config_path

APP_NAME = "arabic-reader"


def settings_path() -> Path:
    """Where settings live: $XDG_CONFIG_HOME/arabic-reader/settings.json on Linux."""
    return user_config_path(APP_NAME) / "settings.json"


def load_settings() -> dict[str, object]:
    """The saved settings, or {} when there are none or the file is unreadable."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_setting(key: str, value: object) -> None:
    """Remember one setting; failing to write (read-only home) is not an error."""
    data = load_settings()
    data[key] = value
    path = settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass
