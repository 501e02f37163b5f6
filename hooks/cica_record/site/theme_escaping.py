"""Every template of `overrides/` that the theme renders escapes what it prints, by construction.

MkDocs renders the theme (mkdocs-material's `base.html` and whatever `overrides/` replaces of it) in
an environment that does not autoescape: the theme's own templates print the page's HTML and
`config.copyright` as they are. The overrides print values that come from the record (a feed's title
names a state; the header and the `<title>` name the page by its heading), so a name holding markup
would become markup. Jinja decides escaping per template when it compiles it: here it is on for
every template whose file is in `overrides/` (a new override too, without a list to keep), and the
theme's own templates are left as they are. What an override prints as HTML on purpose (the
configured copyright) says so with `|safe`.

The theme's language tables (`partials/languages/*.html`) are words, not record data: `base.html`
puts them into its JSON configuration, where escaped text would show as entities.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from jinja2 import Environment

LANGUAGE_TABLES = "partials/languages/"


def escaping_overrides(overrides: Path) -> Callable[[Optional[str]], bool]:
    """Jinja's `autoescape` setting: true for a template that `overrides/` holds."""
    folder = overrides.resolve()

    def autoescape(name: Optional[str]) -> bool:
        return bool(name) and not name.startswith(LANGUAGE_TABLES) and (folder / name).resolve().is_file()

    return autoescape


def escape_overrides(env: Environment, overrides: Optional[str]) -> Environment:
    """Turn escaping on for the overrides (the theme's `custom_dir`) in the theme's environment, before
    any template is compiled."""
    if overrides:
        env.autoescape = escaping_overrides(Path(overrides))
    return env
