"""Check each citation of a meeting known from reports against the research notes' record of that meeting.

For every meeting in data/meetings/ with `known_from: reports`, every source it cites (the `cite:` of each fact,
the `source:` of each topic, decision, offer and report) is looked up by its address in the notes on public
sources (../shared/reference/cica-meetings-public-sources.md by default), and the script says

- MISSING-SOURCE  a fact with no source at all (a cite: fact left empty while the meeting states the fact);
- NO-ADDRESS      the source has no address of its own (it is only `cited_in` another), so it cannot be checked;
- OTHER-MEETING   the notes give the source's address only under other meetings, not under this one;
- NOT-IN-NOTES    the notes do not know the address at all (a source found later: read it by hand);
- FACT-NOT-SEEN   for date, place, format and chair: the lines of this meeting's notes that carry the source's
                  address do not show the fact's value (the day, the place, the format's word, the chair's surname).

It prints findings for a person to read, not a verdict: the notes paraphrase, so a line may hold a fact in other
words. It exits 0 either way; it is a reading aid, not a test.

    .venv/bin/python tools/check_citations.py [--notes PATH]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {s["id"]: s for s in yaml.safe_load((ROOT / "data/sources.yaml").read_text(encoding="utf-8"))["sources"]}
DEFAULT_NOTES = ROOT.parent.parent / "shared" / "reference" / "cica-meetings-public-sources.md"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FORMAT_WORDS = {"online": ("online", "videoconference", "virtual"), "in-person": ("in person", "Astana", "Baku"),
                "hybrid": ("hybrid",)}
BODY_WORDS = {"mc": ("MC",), "soc": ("SOC",), "swg": ("SWG",), "summit": ("Summit",), "ttf": ("TTF",),
              "environmental-conference": ("Environmental",), "womens-council": ("Women",)}


def normalise(url: str) -> str:
    """An address without scheme, www., language mirrors' `en.` prefix, /amp and trailing slash."""
    url = re.sub(r"^https?://", "", url.strip()).rstrip("/")
    url = re.sub(r"^(www\.|en\.)", "", url)
    return re.sub(r"/amp$", "", url)


def note_blocks(notes: str) -> list[tuple[str, str]]:
    """Section A of the notes cut into (heading, text) blocks, one per meeting or decision."""
    part = notes.split("## A.", 1)[1].split("## B.", 1)[0]
    blocks, heading, lines = [], None, []
    for line in part.splitlines():
        if line.startswith("**") or line.startswith("### "):
            if heading is not None:
                blocks.append((heading, "\n".join(lines)))
            heading, lines = (line, [line]) if not line.startswith("### ") else (None, [])
        elif heading is not None:
            lines.append(line)
    if heading is not None:
        blocks.append((heading, "\n".join(lines)))
    return blocks


def day_month(date: str) -> list[str]:
    parts = date.split("-")
    if len(parts) == 3:
        return [f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]}", f"{int(parts[2])}–"]
    if len(parts) == 2:
        return [f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"]
    return [parts[0]]


def block_of(meeting: dict, blocks: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The notes' block whose heading names this meeting's body and date; of several, the one that holds the
    most of the addresses the meeting cites (two blocks of December 2024 both name an SOC)."""
    year, words = meeting["date"][:4], BODY_WORDS.get(meeting["body"], (meeting["body"],))
    dates = day_month(meeting["date"]) + (day_month(meeting["end_date"]) if meeting.get("end_date") else [])
    candidates = [(h, t) for h, t in blocks
                  if year in h and any(w in h for w in words) and any(d in h for d in dates)]
    return max(candidates, key=lambda block: cited_addresses_in(meeting, block[1]), default=None)


def cited_addresses_in(meeting: dict, text: str) -> int:
    text = normalise_text(text)
    return sum(normalise(SOURCES[sid]["url"]) in text for _, _, ids in cited_items(meeting)
               for sid in ids if sid in SOURCES and SOURCES[sid].get("url"))


def listed(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def cited_items(meeting: dict):
    """(where, fact, sources) for every citation of a meeting known from reports."""
    for fact, sources in (meeting.get("cite") or {}).items():
        yield f"cite.{fact}", fact, listed(sources)
    for section in ("topics", "decisions", "offers", "reports"):
        for i, item in enumerate(meeting.get(section) or ()):
            yield f"{section}[{i}]", None, listed(item.get("source"))
            outcome = item.get("outcome")
            if outcome:
                yield f"{section}[{i}].outcome", None, listed(outcome.get("source"))


def stated_facts(meeting: dict) -> list[str]:
    facts = [f for f in ("place", "format", "chair") if meeting.get(f)]
    return ["date", *facts, *(["hosts"] if meeting.get("hosts") else [])]


def fact_words(meeting: dict, fact: str, people: dict) -> tuple[str, ...]:
    if fact == "date":
        return tuple(day_month(meeting["date"]))
    if fact == "place":
        return (meeting["place"]["en"],)
    if fact == "format":
        return FORMAT_WORDS.get(meeting["format"], (meeting["format"],))
    if fact == "chair":
        chair = meeting["chair"]
        person = people.get(chair.get("person"))
        return (person["name"]["en"].split()[-1],) if person else (chair.get("state", ""),)
    return ()


def check(notes_path: Path) -> list[str]:
    notes = notes_path.read_text(encoding="utf-8")
    blocks = note_blocks(notes)
    sources = SOURCES
    people = {p["id"]: p for p in yaml.safe_load((ROOT / "data/people.yaml").read_text())["people"]}
    findings = []
    for path in sorted((ROOT / "data/meetings").glob("*.yaml")):
        meeting = yaml.safe_load(path.read_text(encoding="utf-8"))
        if meeting.get("known_from") != "reports":
            continue
        name = path.name
        block = block_of(meeting, blocks)
        cited = {fact for _, fact, srcs in cited_items(meeting) if fact and srcs}
        for fact in stated_facts(meeting):
            if fact not in cited and not (fact == "date" and meeting.get("status") == "announced"):
                findings.append(f"{name}: cite.{fact}: MISSING-SOURCE (the meeting states its {fact}, no source named)")
        if block is None:
            findings.append(f"{name}: no block of the notes names this meeting (read by hand)")
            continue
        heading, text = block
        for where, fact, ids in cited_items(meeting):
            for sid in ids:
                source = sources.get(sid)
                if source is None:  # a document symbol: the minutes, not checked here
                    continue
                if not source.get("url"):
                    findings.append(f"{name}: {where}: {sid}: NO-ADDRESS (cited_in {source.get('cited_in')})")
                    continue
                url = normalise(source["url"])
                if url not in normalise_text(text):
                    elsewhere = [h for h, t in blocks if url in normalise_text(t)]
                    if elsewhere:
                        findings.append(f"{name}: {where}: {sid}: OTHER-MEETING (the notes give it under "
                                        + "; ".join(h.strip('*')[:60] for h in elsewhere) + ")")
                    elif url not in normalise_text(notes):
                        findings.append(f"{name}: {where}: {sid}: NOT-IN-NOTES ({source['url']})")
                    continue
                words = fact_words(meeting, fact, people) if fact else ()
                lines = [ln for ln in text.splitlines() if url in normalise_text(ln)] + [heading]
                if words and not any(w in ln for w in words for ln in lines):
                    where_seen = "elsewhere in the block" if any(w in text for w in words) else "nowhere in the block"
                    findings.append(f"{name}: {where}: {sid}: FACT-NOT-SEEN ({' / '.join(words)} not on the "
                                    f"source's lines; {where_seen})")
    return findings


def normalise_text(text: str) -> str:
    """The notes' text with each address normalised as `normalise` does, so addresses compare equal."""
    return re.sub(r"https?://[^\s)]+", lambda m: normalise(m.group(0).rstrip(".,;")), text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notes", type=Path, default=DEFAULT_NOTES)
    args = parser.parse_args()
    findings = check(args.notes)
    print("\n".join(findings) or "no findings")
    print(f"{len(findings)} findings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
