#!/usr/bin/env python3
"""Share of person entities with an actor code in `dateline extract` JSON Lines.

    dateline extract ../shared/corpora --format jsonl > out.jsonl
    python3 tools/person_coverage.py out.jsonl [more.jsonl ...]

Prints, per file, the records, the person entities, those with an actor code
and those linked to a knowledge-base person (docs/kb.md, coverage).
"""
import json
import sys


def main() -> None:
    for path in sys.argv[1:]:
        recs = per = coded = linked = 0
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    r = json.loads(line)
                except json.JSONDecodeError:
                    continue
                recs += 1
                for e in r.get("entities", []):
                    if e.get("type") != "person":
                        continue
                    per += 1
                    coded += bool(e.get("actor"))
                    linked += (e.get("kb") or "").startswith("person:")
        share = 100 * coded / per if per else 0.0
        print(f"{path}: records {recs}, person entities {per}, with an actor code "
              f"{coded} ({share:.1f}%), linked to a knowledge-base person {linked}")


if __name__ == "__main__":
    main()
