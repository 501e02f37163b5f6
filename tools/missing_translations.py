"""List every text in data/ that is missing one of the record's languages (en, ru, kk).

    .venv/bin/python tools/missing_translations.py [DATA_DIR]

A text is a YAML mapping whose keys are languages (en, ru, kk) and, optionally,
`unofficial`. Each one that lacks a language is printed as `file:line: field:
missing ru, kk` with the number of words it holds; the last line sums them up.
Exit status 1 when any text lacks a language, 0 when none does. The build warns
of the same texts (cica_record.record.untranslated), with the same lines.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cica_record.record.untranslated import untranslated
from cica_record.record.yaml_source import read_yaml

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else ROOT / "data"
    count = words = 0
    for path in sorted(data_dir.rglob("*.yaml")):
        name = path.relative_to(data_dir.parent).as_posix()
        source, errors = read_yaml(path, name)
        if source is None:
            for error in errors:
                print(error, file=sys.stderr)
            return 2
        for text in untranslated(source):
            print(f"{text.file}:{text.line}: {text.path}: missing {', '.join(text.missing)} ({text.words} words)")
            count += 1
            words += text.words
    print(f"{count} texts lack a language ({words} words among them)" if count
          else "every text has en, ru and kk")
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
