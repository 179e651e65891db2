#!/usr/bin/env python3
"""Count the unmatched scored predictions of `dateline eval events --misses`
by cause, per set (branch ev34; see docs/eval.md, events section).

Usage: dateline eval events DIR --misses > misses.txt
       python3 tools/events_falses.py misses.txt [CAUSE|all]

On items with scorable actors (`[triple]`/`[actors]`) a prediction left over
by the one-to-one triple match is: on a no-event item; of a label the item's
gold lacks (beside a prediction of a gold label, or with none); an extra of a
label whose gold events are all matched; or of a gold label with a wrong
target (a gold event of that label has its source), a wrong source, or both.
Elsewhere labels only are matched. Labels are CAMEO roots, PLOVER 0.5b1 types
(the `plover_gsr` column of data/cameo/codes.tsv) for the PLOVER set; actor
codes count by their country prefix, as the scorer does. With a second
argument the predictions of the causes containing it are listed (pred code,
label, countries, actors, trigger and status; gold; text).
ConfliBERT (class only) is left out."""
import collections, os, re, sys
codes = {}
for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'cameo', 'codes.tsv')):
    if line.startswith('#') or not line.strip(): continue
    f = line.rstrip('\n').split('\t')
    codes[f[0]] = f[6]
SECT = set("GOV MIL COP JUD LEG SPY OPP PTY REB INS SEP UAF CVL MED EDU BUS CRM REL REF HLH HRI LAB AGR DEV ENV ELI".split())
def country(code):
    if code in (None, '-', '?'): return '---'
    c = code[:3]
    if len(c) == 3 and c.isalpha() and c.upper() not in SECT: return c.upper()
    return '---'
PRED = re.compile(r'(\d{2,4}) (\S+) (-|[^ ]*?\(.*?\))>(-|[^ ]*?\(.*?\)) "(.*?)" (\w+)( unscored)?')
def actor_code(a):
    return '-' if a == '-' else a.split('(')[0]
rows = []
detail = collections.defaultdict(list)
for line in open(sys.argv[1]):
    m = re.match(r'(MISS|FP) (\S+) (\S+)((?: \[\w+\])?) \| gold: (.*?) \| pred: (.*?) \| (.*)$', line.rstrip('\n'))
    if not m: continue
    kind, st, iid, mark, gold, pred, text = m.groups()
    if st in ('conflibert', 'conflibert_ner'): continue
    plover = st == 'plover'
    golds = []
    noev = gold == 'no event'
    if not noev:
        for g in gold.split('; '):
            g = g.strip()
            mm = re.match(r'(?:WEIS \S+=)?(\S+) (\S+)>(\S+)$', g)
            if not mm: continue
            lab, s, t = mm.groups()
            if lab == 'untranslated': golds = None; break
            lab = lab if plover else lab[:2]
            golds.append((country(s), country(t), lab))
    if golds is None: continue
    preds = []
    if pred != 'none':
        for pm in PRED.finditer(pred):
            cameo, pl, s, t, trig, status, uns = pm.groups()
            if uns: continue
            lab = codes.get(cameo, '?') if plover else cameo[:2]
            preds.append((country(actor_code(s)), country(actor_code(t)), lab, cameo, s, t, trig + "\" " + status))
    scorable = mark.strip() in ('[triple]', '[actors]')
    # one-to-one triple (or label) matching
    if scorable:
        pool = collections.Counter((p[0], p[1], p[2]) for p in preds)
        gm = []
        for g in golds:
            if pool[g] > 0: pool[g] -= 1; gm.append(True)
            else: gm.append(False)
        unmatched_g = [g for g, ok in zip(golds, gm) if not ok]
        left = pool
        for p in preds:
            k = (p[0], p[1], p[2])
            if left[k] > 0:
                left[k] -= 1
                if noev: cause = 'no-event item'
                elif not any(g[2] == p[2] for g in golds):
                    glabs = {g[2] for g in golds}
                    cause = 'label absent, beside a hit' if any(q[2] in glabs for q in preds) else 'label absent, no hit'
                else:
                    same = [g for g in unmatched_g if g[2] == p[2]]
                    if not same: cause = 'extra of a matched label'
                    elif any(g[0] == p[0] for g in same): cause = 'wrong target'
                    elif any(g[1] == p[1] for g in same): cause = 'wrong source'
                    else: cause = 'both wrong'
                rows.append((st, cause))
                detail[(st, cause)].append((iid, p, golds, text))
    else:
        pool = collections.Counter(g[2] for g in golds)
        for p in preds:
            if pool[p[2]] > 0: pool[p[2]] -= 1; continue
            if noev: cause = 'no-event item'
            elif not any(g[2] == p[2] for g in golds):
                glabs = {g[2] for g in golds}
                cause = 'label absent, beside a hit (unscorable)' if any(q[2] in glabs for q in preds) else 'label absent, no hit (unscorable)'
            else: cause = 'extra of a matched label (unscorable)'
            rows.append((st, cause))
            detail[(st, cause)].append((iid, p, golds, text))
c = collections.Counter(rows)
sets = sorted({s for s, _ in rows})
causes = sorted({k for _, k in rows})
print('cause'.ljust(40), *[s[:10].rjust(10) for s in sets])
for k in causes:
    print(k.ljust(40), *[str(c[(s, k)]).rjust(10) for s in sets])
if len(sys.argv) > 2:
    want = sys.argv[2]
    for (st, cause), L in sorted(detail.items()):
        if want != 'all' and want not in cause: continue
        for iid, p, golds, text in L:
            print(f'{st}\t{cause}\t{iid}\tpred {p[3]} {p[2]} {p[0]}>{p[1]} [{p[4]} > {p[5]}] "{p[6]}\tgold ' + '; '.join(f'{g[2]} {g[0]}>{g[1]}' for g in golds) + '\t' + text[:400])
