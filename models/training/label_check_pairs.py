#!/usr/bin/env python3
"""Labels corpus/gold/reuters/pairs-dev.jsonl (written by `check-eval --pairs`) from the dev
outcome gold, in place, and prints the label counts.

- A pair from an EXPIRED or OPEN check is UNRELATED (nothing in the corpus settles it).
- A pair whose sentence is (or holds, or lies inside) the gold evidence sentence of a CONFIRMED
  check is SUPPORTS, of a REFUTED check REFUTES.
- Other sentences of a gold evidence story were read by hand against the prediction; those that
  settle it as well are listed in JUDGED below (check key prefix, sentence prefix, label).
- Everything else is UNRELATED (sentences of other stories were not read one by one).
"""
import json, re, sys, collections

PAIRS = sys.argv[1] if len(sys.argv) > 1 else "corpus/gold/reuters/pairs-dev.jsonl"
GOLD = 'corpus/gold/reuters/outcomes-dev.json'

JUDGED = [
    ('a 0.2 to 0.3 percentage point cut', 'The April Japanese government 10-year bond coupon', 'SUPPORTS'),
    ('might herald a quarter percentage point cut', 'The Bank of France said it left its intervention rate unchanged', 'REFUTES'),
    ('is expected to report a net profit of around 600', 'The group earlier reported its net earnings dropped to 603.0', 'SUPPORTS'),
    ('it has forecast a flat position', 'The Bank of England said it revised its estimate', 'REFUTES'),
    ('it has forecast a flat position', "This brings total money market help so far today to 241", 'REFUTES'),
    ('most economists expect an indirect injection', 'Federal funds were trading at 6-3/16 pct at the time of the indirect injection', 'SUPPORTS'),
    ('talks will resume Friday', 'Negotiators for General Motors Corp and the United Auto Workers', 'SUPPORTS'),
    ('the Fed to add permanent reserves', 'The Federal Reserve is offering to buy all maturities', 'REFUTES'),
    ('the Fed to add permanent reserves', 'Fed funds were trading at 6-1/8 pct at the time of the "coupon pass,"', 'REFUTES'),
    ('the Fed also is expected to supply reserves permanently', 'The Federal Reserve will purchase approximately one billion dlrs of U.S. Treasury bills for a customer', 'REFUTES'),
    ('it expected to make an announcement next week', 'In a twin announcement CSR', 'SUPPORTS'),
    ('it expected to make an announcement next week', 'CSR Ltd <CSRA.S> has made a bold move in selling', 'SUPPORTS'),
    ('it expected to make an announcement next week', 'As reported separately, soon after announcing the Delhi sale', 'SUPPORTS'),
    ('the CSR announcement could be about the expected flotation', 'A float of part of Delhi would have raised', 'REFUTES'),
    ('the CSR announcement could be about the expected flotation', 'CSR said it had dropped plans to float', 'REFUTES'),
    ('the CSR announcement could be about the expected flotation', 'In a separately released letter to CSR shareholders', 'REFUTES'),
    ('the CSR announcement could be about the expected flotation', '"This will be a big shock to the market', 'REFUTES'),
    ('the CSR announcement could be about the expected flotation', '"The Esso proposal to purchase all the Delhi interest', 'REFUTES'),
    ('it forecast a shortage of around 700 mln stg', 'This compares with the bank\'s estimate of the shortage in the system of 750', 'REFUTES'),
    ('The House, voting first, is expected to override it', 'The bill now goes to the Senate', 'SUPPORTS'),
    ('the Fed would probably supply temporary reserves indirectly', 'Dealers said Federal funds were trading at 6-1/8 pct when the Fed began', 'SUPPORTS'),
    ('it would move to unseat the board of directors', 'GenCorp Inc said the decision by General Partners', 'REFUTES'),
    ('The four computers expected to be announced April 2', 'The new computers, which mark the first major overhaul', 'SUPPORTS'),
    ('executive board meeting this week will agree to resume', 'Producers met briefly today', 'REFUTES'),
    ('could decide to call a special council session', 'Producers met briefly today', 'REFUTES'),
    ('Beesley would ask Congress', 'The financially-troubled Farm Credit System today formally asked', 'SUPPORTS'),
    ('Five regional oil producing nations will gather in Caracas', 'However, the members will also discuss', 'SUPPORTS'),
    ('will present a new outline of his proposal on Thursday', 'However, the plan, unveiled by senior', 'SUPPORTS'),
    ('a move that likely will delay the company', '"So even with the new delay that has arisen', 'SUPPORTS'),
    ('a move that likely will delay the company', 'Industry sources pointed out that KabiVitrum', 'SUPPORTS'),
    ('with the Fed likely to drop its basic lending rate', 'Federal Reserve Board Vice-Chairman Manuel Johnson said', 'REFUTES'),
]


def norm(s):
    return re.sub(r'\s+', ' ', s or '').strip()


def main():
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
                        label, note = lab, 'read: settles it as well'
                        used[i] += 1
        p['label'], p['note'] = label, note
    unused = [JUDGED[i] for i in range(len(JUDGED)) if not used[i]]
    for u in unused:
        # a judgement stays valid when the draw moves on (another extraction, another ranking):
        # it only labels the sentence when that sentence is drawn again
        print('judgement of a sentence not drawn this time: %s / %s' % u[:2], file=sys.stderr)
    unread = [p for p in pairs if p['gold_evidence_story'] and not p['note']]
    print('%d pairs of gold evidence stories neither the gold sentence nor judged (labelled UNRELATED)' % len(unread), file=sys.stderr)
    with open(PAIRS, 'w') as w:
        for p in pairs:
            w.write(json.dumps(p, ensure_ascii=False, separators=(',', ':')) + '\n')
    print(collections.Counter(p['label'] for p in pairs))


if __name__ == '__main__':
    main()
