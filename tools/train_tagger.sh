#!/usr/bin/env bash
# Reproduces data/models/en_ewt_tagger.bin.gz, the dateline_tag model.
#
# 1. Trains on EWT train for up to 14 epochs, picking the epoch count by dev
#    UPOS accuracy (printed per epoch).
# 2. Retrains on train + dev for that many epochs and writes the model.
# 3. Scores the embedded model on dev and test and measures its speed.
#
# Usage: tools/train_tagger.sh [EWT_DIR]   (default: /work/shared/anchors/syntax/ud-english-ewt)
# Not part of the test suite; takes about a minute on one core.
set -euo pipefail
cd "$(dirname "$0")/.."
EWT="${1:-/work/shared/anchors/syntax/ud-english-ewt}"
OUT=data/models/en_ewt_tagger.bin.gz
# The crate embeds the model with include_bytes!, so the file must exist for
# the trainer to compile; an empty file is a valid stand-in (load() rejects it).
[ -e "$OUT" ] || : > "$OUT"
cargo run --release -p dateline_tag --example train -- \
  "$EWT/en_ewt-ud-train.conllu" "$EWT/en_ewt-ud-dev.conllu" "$OUT" 14 \
  --prune 1024 --dict-min 10 --dict-ratio 0.97 --lex-min 2 \
  --also-train-on "$EWT/en_ewt-ud-dev.conllu"
cargo run --release -p dateline_tag --example eval -- \
  "$EWT/en_ewt-ud-dev.conllu" "$EWT/en_ewt-ud-test.conllu"
