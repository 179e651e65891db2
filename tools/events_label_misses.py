#!/usr/bin/env python3
"""Sort the gold events whose label no scored prediction of their item has,
per set (branch ev37; see docs/eval.md, events section).

Usage: DATELINE_EVENT_TRACE=1 dateline eval events DIR --misses \
           > misses.txt 2> trace.txt
       python3 tools/events_label_misses.py misses.txt trace.txt [CAUSE|PAIR]

The trace (stderr with DATELINE_EVENT_TRACE set) has one `EVDOC` line per
text: each lexicon match at a sentence's heads (`match CODE HEAD`), each
match given up for want of an actor (`noactor CODE HEAD`) and each event
removed by a background drop (`drop KIND CODE TRIGGER`).

Labels are CAMEO roots, PLOVER 0.5b1 types (the `plover_gsr` column of
data/cameo/codes.tsv) for PLOVER, penta classes for ConfliBERT. A gold event
is counted when none of its item's scored predictions has its label (the
label-level miss; one-to-one pairing is left aside). Items with scored
predictions give a confusion pair (the first scored prediction's label ->
gold label); every such event also gets a cause, the first that holds:
  non-asserted      the record has an event of the label, but hypothetical,
                    negated or denied beside a realised one (unscored)
  dropped           matched, then removed as background (relative clause,
                    purpose, reason, occasion, noun argument, harm adjunct)
  no actor          matched, then given up: neither source nor target
  matched, lost     matched, then refused or recoded (part of speech, an
                    object that is no target, a merge, a derived code)
  frame unmatched   a word of the text heads a pattern of the label, but no
                    pattern of the label matched
  not in lexicon    no word of the text heads a pattern of the label
With a third argument the events of the causes or pairs containing it are
listed (label, cause, predictions, text)."""
import collections, os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
plover_of = {}
for line in open(os.path.join(ROOT, 'data', 'cameo', 'codes.tsv')):
    if line.startswith('#') or not line.strip():
        continue
    f = line.rstrip('\n').split('\t')
    plover_of[f[0]] = f[6]


def penta(root):
    r = int(root)
    if r <= 2: return '0'
    if r <= 5: return '1'
    if r <= 8: return '2'
    if r <= 13 or r == 16: return '3'
    return '4'


def label(code, st):
    if st == 'plover':
        return plover_of.get(code, '?')
    if st == 'conflibert':
        return penta(code[:2])
    return code[:2]


# Pattern heads per code: the word marked `@`, else the first non-optional
# literal word (alternatives split).
heads = collections.defaultdict(set)
for line in open(os.path.join(ROOT, 'data', 'cameo', 'verbs.tsv')):
    if line.startswith('#') or not line.strip():
        continue
    code, kind, pat = line.rstrip('\n').split('\t')[:3]
    toks = pat.split()
    h = next((t[1:] for t in toks if t.startswith('@')), None)
    if h is None:
        h = next((t for t in toks if not t.startswith('(') and t not in ('*', '**', 'TGT')), '')
    for w in h.lstrip('~').split('|'):
        heads[code].add((w, kind))
irregular = collections.defaultdict(set)
for line in open(os.path.join(ROOT, 'data', 'lexicon', 'verbs_irregular.tsv')):
    if line.startswith('#') or not line.strip():
        continue
    f = line.rstrip('\n').split('\t')
    irregular[f[0]].update(x for c in f[1:] for x in c.split('|') if x)


def forms(w, kind):
    out = {w, w + 's', w + 'es'}
    if kind == 'verb':
        st = w[:-1] if w.endswith('e') else w
        out |= {st + 'ed', st + 'ing', w + 'd', w + w[-1] + 'ed', w + w[-1] + 'ing'}
        if w.endswith('y'):
            out |= {w[:-1] + 'ied', w[:-1] + 'ies'}
        out |= irregular.get(w, set())
    elif w.endswith('y'):
        out.add(w[:-1] + 'ies')
    return out


def words(text):
    return set(re.findall(r"[a-z][a-z\-']*", text.lower()))


def key(text):
    return re.sub(r'[^a-z0-9]', '', text.lower())[:80]


trace = {}
for line in open(sys.argv[2], errors='replace'):
    if not line.startswith('EVDOC '):
        continue
    text, _, log = line[6:].rstrip('\n').partition('\t')
    trace.setdefault(key(text), []).extend(x for x in log.split('|') if x)

PRED = re.compile(r'(\d{2,4}) (\S+) (?:-|[^ ]*?\(.*?\))>(?:-|[^ ]*?\(.*?\)) "(.*?)" (\w+)( unscored)?')
pairs = collections.Counter()
causes = collections.Counter()
detail = collections.defaultdict(list)
sets = []
for line in open(sys.argv[1]):
    m = re.match(r'MISS (\S+) (\S+)(?: \[\w+\])? \| gold: (.*?) \| pred: (.*?) \| (.*)$', line.rstrip('\n'))
    if not m:
        continue
    st, iid, gold, pred, text = m.groups()
    if st == 'conflibert_ner' or gold == 'no event':
        continue
    if st not in sets:
        sets.append(st)
    golds = []
    for g in gold.split('; '):
        g = g.strip()
        mm = re.match(r'class (\d)', g)
        if mm:
            golds.append(mm.group(1))
            continue
        mm = re.match(r'(?:WEIS \S+=)?(\S+) \S+>\S+$', g)
        if not mm or mm.group(1) == 'untranslated':
            golds = None
            break
        golds.append(mm.group(1) if st == 'plover' else mm.group(1)[:2])
    if not golds:
        continue
    scored, unscored = [], []
    if pred != 'none':
        for pm in PRED.finditer(pred):
            cameo, _, trig, status, uns = pm.groups()
            (unscored if uns else scored).append(label(cameo, st))
    log = trace.get(key(text), [])
    ws = words(text)
    for g in golds:
        if g in scored:
            continue
        pair = (scored[0] if scored else 'none') + ' -> ' + g
        if g in unscored:
            cause = 'non-asserted'
        else:
            ev = [x.split() for x in log]
            drop = any(len(x) > 3 and x[1] == 'drop' and label(x[3], st) == g for x in ev)
            noact = any(len(x) > 3 and x[1] == 'noactor' and label(x[2], st) == g for x in ev)
            match = any(len(x) > 3 and x[1] == 'match' and label(x[2], st) == g for x in ev)
            if drop:
                cause = 'dropped'
            elif noact:
                cause = 'no actor'
            elif match:
                cause = 'matched, lost'
            elif any(label(c, st) == g and any(ws & forms(w, k) for w, k in hs) for c, hs in heads.items()):
                cause = 'frame unmatched'
            else:
                cause = 'not in lexicon'
        side = 'with predictions' if scored else 'no prediction'
        causes[(st, side, cause)] += 1
        if scored:
            pairs[(st, pair)] += 1
        detail[(st, cause, pair)].append((iid, pred, text))

cause_names = ['non-asserted', 'dropped', 'no actor', 'matched, lost', 'frame unmatched', 'not in lexicon']
print('| cause | ' + ' | '.join(sets) + ' |')
print('|---|' + '---|' * len(sets))
for side in ('no prediction', 'with predictions'):
    for c in cause_names:
        print(f'| {side}: {c} | ' + ' | '.join(str(causes[(s, side, c)]) for s in sets) + ' |')
print()
for s in sets:
    top = [(p, n) for (ss, p), n in pairs.most_common() if ss == s][:8]
    print(s, 'pairs (predicted -> gold):', ', '.join(f'{p} {n}' for p, n in top))
if len(sys.argv) > 3:
    want = sys.argv[3]
    for (st, cause, pair), L in sorted(detail.items()):
        if want not in cause and want != pair and want != st:
            continue
        for iid, pred, text in L:
            print(f'{st}\t{cause}\t{pair}\t{iid}\t{pred[:300]}\t{text[:300]}')
