#!/usr/bin/env python3
"""Labels corpus/gold/reuters/pairs-dev.jsonl (written by `check-eval --pairs`) from the dev
outcome gold, in place, and prints the label counts.

- A pair from an EXPIRED or OPEN check is UNRELATED (nothing in the corpus settles it).
- A pair whose sentence is (or holds, or lies inside) the gold evidence sentence of a CONFIRMED
  check is SUPPORTS, of a REFUTED check REFUTES.
- Other sentences of a gold evidence story were read by hand against the prediction; the
  judgements are in judged-pairs-dev.tsv (check key prefix, sentence prefix, label, reason), the
  first that matches a pair labels it. A judgement of a sentence the draw no longer holds is only
  reported: it labels the sentence again whenever a later draw holds it.
- Everything else is UNRELATED (sentences of other stories were not read one by one); the number
  of unread sentences of gold evidence stories is reported, to be read before training.

With --other-stories, the sentences of other stories drawn for a CONFIRMED or REFUTED check are
labelled from their hand judgements too (another report of the same outcome settles it as well):
judged-other-pairs-dev.tsv (check key prefix, candidate story, sentence prefix, label, reason),
keyed by story because wire copy repeats a sentence on other days ("The Federal Reserve entered
the U.S. government securities market to arrange ..." reports another day's operation). The
shipped model is trained without them: with them it did no better (models/README.md).
"""
import json, re, sys, collections

ARGS = [a for a in sys.argv[1:] if not a.startswith('--')]
OTHER_STORIES = '--other-stories' in sys.argv[1:]
PAIRS = ARGS[0] if ARGS else "corpus/gold/reuters/pairs-dev.jsonl"
GOLD = 'corpus/gold/reuters/outcomes-dev.json'

JUDGED_FILE = 'models/training/judged-pairs-dev.tsv'
OTHER_FILE = 'models/training/judged-other-pairs-dev.tsv'


def judged():
    """(check key prefix, sentence prefix, label) of every hand judgement, in file order."""
    out = []
    for line in open(JUDGED_FILE, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        key, start, label, _reason = line.rstrip('\n').split('\t')
        out.append((key, start, label))
    return out


def judged_other():
    """(check key prefix, candidate story, sentence prefix, label) of every judgement of another story's sentence."""
    out = []
    for line in open(OTHER_FILE, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        key, story, start, label, _reason = line.rstrip('\n').split('\t')
        out.append((key, story, start, label))
    return out


def norm(s):
    return re.sub(r'\s+', ' ', s or '').strip()


def main():
    JUDGED = judged()
    OTHER = judged_other() if OTHER_STORIES else []
    gold = {(o['article'], o['prediction']): o for o in json.load(open(GOLD))['outcomes']}
    pairs = [json.loads(line) for line in open(PAIRS)]
    used = collections.Counter()
    for p in pairs:
        o = gold[(p['check_article'], p['check_key'])]
        label, note = 'UNRELATED', ''
        settles = {'CONFIRMED': 'SUPPORTS', 'REFUTED': 'REFUTES'}.get(o['status'])
        if settles and p['gold_evidence_story']:
            gs, s = norm(o.get('evidence_sentence')), norm(p['sentence'])
            if gs and p['candidate_article'] == o['evidence'][0] and (gs in s or s in gs):
                label, note = settles, 'gold evidence sentence'
            else:
                for i, (key, start, lab) in enumerate(JUDGED):
                    if p['check_key'].startswith(key) and s.startswith(start):
                        label, note = lab, 'read: settles it as well' if lab != 'UNRELATED' else 'read: does not settle it'
                        used[i] += 1
                        break
        elif settles:
            s = norm(p['sentence'])
            for key, story, start, lab in OTHER:
                if p['check_key'].startswith(key) and p['candidate_article'] == story and s.startswith(start):
                    label, note = lab, 'read: another report settles it' if lab != 'UNRELATED' else 'read: does not settle it'
                    break
        p['label'], p['note'] = label, note
        p['check_status'] = o['status']
    unused = [JUDGED[i] for i in range(len(JUDGED)) if not used[i]]
    for u in unused:
        # a judgement stays valid when the draw moves on (another extraction, another ranking):
        # it only labels the sentence when that sentence is drawn again
        print('judgement of a sentence not drawn this time: %s / %s' % u[:2], file=sys.stderr)
    unread = [p for p in pairs if p['gold_evidence_story'] and not p['note']]
    print('%d pairs of gold evidence stories neither the gold sentence nor judged (labelled UNRELATED)' % len(unread), file=sys.stderr)
    if OTHER_STORIES:
        other = [p for p in pairs if p['check_status'] in ('CONFIRMED', 'REFUTED') and not p['gold_evidence_story'] and not p['note']]
        print('%d pairs of other stories drawn for settled checks not judged (labelled UNRELATED)' % len(other), file=sys.stderr)
    with open(PAIRS, 'w') as w:
        for p in pairs:
            w.write(json.dumps(p, ensure_ascii=False, separators=(',', ':')) + '\n')
    print(collections.Counter(p['label'] for p in pairs))


if __name__ == '__main__':
    main()
