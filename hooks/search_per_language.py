"""One search index per language, so a reader searching the Kazakh site finds Kazakh pages.

mkdocs-static-i18n merges every language's entries into the site root's
`search/search_index.json`, and the theme's pages all fetch that one file.
After the last language is built, the merged index is split by location
prefix into `search/`, `ru/search/` and `kk/search/`, with locations made
relative to the language's root; and each Russian or Kazakh page's theme
configuration points its `base` at its language root, where the theme looks
for the index and resolves result links.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.utils import get_relative_url

INDEX = Path("search") / "search_index.json"
_BASE = re.compile(r'("base": )"[^"]*"')


def language_of(url: str, languages: list[str], default: str) -> str:
    first = url.split("/", 1)[0]
    return first if first in languages and first != default else default


def point_base_at_language_root(html: str, page_url: str, lang: str, default: str) -> str:
    if lang == default:
        return html
    base = get_relative_url(f"{lang}/", page_url)
    base = base if base.endswith("/") else base + "/"
    return _BASE.sub(lambda m: f'{m.group(1)}"{base}"', html, count=1)


def split_index(site_dir: Path, languages: list[str], default: str) -> None:
    merged_path = site_dir / INDEX
    if not merged_path.exists():
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    by_language: dict[str, list[dict]] = {lang: [] for lang in languages}
    for doc in merged["docs"]:
        lang = language_of(doc["location"], languages, default)
        location = doc["location"] if lang == default else doc["location"][len(lang) + 1:]
        by_language[lang].append({**doc, "location": location})
    for lang, docs in by_language.items():
        target = site_dir / ("" if lang == default else lang) / INDEX
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({"config": merged["config"], "docs": docs}, ensure_ascii=False,
                                     separators=(",", ":")), encoding="utf-8")
