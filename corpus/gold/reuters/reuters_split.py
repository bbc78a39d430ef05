#!/usr/bin/env python3
"""Splits the Reuters-21578 development pool and picks the stories to annotate.

The pool is reuters21578-9200 ... reuters21578-11100 (25-30 March 1987). Every story of the pool
is put in `dev` or `test` by a hash of its id (a third in test), before any system output is seen;
extraction gold, outcome gold and candidate-pair labels all respect this one split: tune on dev
stories only, and never read system output on test stories.

For extraction gold it then picks stories of 150-600 words, stratified by topic (a keyword rule
on the title and first paragraph), with a fixed seed. Deterministic: prints the same lists every
run.

    python3 corpus/gold/reuters/reuters_split.py [PATH/TO/reuters21578.jsonl] [--split-only | --list dev|test]
"""
import hashlib
import json
import os
import random
import re
import sys

POOL = (9200, 11100)
DEV_PICKS, TEST_PICKS = 36, 24
# a second round of dev stories (more training data for the learned parts), picked the same way
# after the first 36, so the first picks never change
DEV_MORE = 40
# a third round (2026-12-04, after the learned prediction filter fell below the cue-sentence
# baseline on the held-out test part): more training data, picked the same way after the others
DEV_THIRD = 30
# a fourth dev round and a second test round (2026-12-04): the 24-story test part (44 predictions)
# was too small to judge a change of a few points; both picked the same way after the others
DEV_FOURTH, TEST_MORE = 30, 24
# a fifth dev round and a third test round (2026-12-04, third session): the filter still trails the
# cue-sentence baseline in recall, and the test part should judge a change of a few points
DEV_FIFTH, TEST_THIRD = 30, 24
# a sixth dev round and a fourth test round (2026-12-04, fourth session): the filter's recall on the
# held-out part still trails (0.725), and the threshold moved with each round: more training data
DEV_SIXTH, TEST_FOURTH = 30, 24
# a seventh dev round and a fifth test round (2026-12-05, twelfth session): the test part trails dev
# by eight points of prediction F1 (recall 0.714): more training data for the filter, and unseen dev
# stories whose errors show what the rules miss on copy they were not grown on
DEV_SEVENTH, TEST_FIFTH = 30, 24
# an eighth dev round and a sixth test round (2026-12-06, twenty-second session): rules and features
# have plateaued (test F1 0.779, recall 0.748; the filter's held-out folds 0.786), so more real
# training data for the learned filter, and a larger test part to judge a change of a few points
DEV_EIGHTH, TEST_SIXTH = 30, 24
# a ninth dev round and a seventh test round (2026-12-07, thirty-fourth session): the filter's held-out
# folds and the test part still trail dev (test F1 0.776): more real training data for the filter, and
# a larger test part (the remaining eligible test stories) to judge a change of a few points
DEV_NINTH, TEST_SEVENTH = 30, 24
# a tenth dev round (2026-12-07, thirty-fifth session): rule changes tuned on dev keep failing to move the
# held-out test part (holders carried over a report fell there), so more real training data for the learned
# parts; no test round: only 3 eligible test stories are left
DEV_TENTH = 30
# an eighth test round and an eleventh dev round (2026-12-07, thirty-sixth session): the test part has been
# read (aggregates only) after every change of many sessions, so a round no change was ever chosen on; the
# 150-600-word stories of the test part are used up, so these rounds take stories of 100-900 words
TEST_EIGHTH, DEV_ELEVENTH = 30, 30
# a twelfth dev round (2026-12-08, thirty-ninth session): rules grown on dev's errors have not carried to the
# test part in two sessions, and a fresh dev round's first run is the best stand-in for copy the rules were
# not grown on: its errors, sorted by kind, are what to fix; its gold is more training data
DEV_TWELFTH = 30
WIDE_ROUNDS = ("test8", "dev11", "dev12")
TOPICS = [
    ("central-banks", ["bank of", "bundesbank", "fed ", "federal reserve", "money supply", "interest rate",
                       "discount rate", "call money", "money market", "central bank", "monetary"]),
    ("oil-energy", ["oil", "opec", "crude", "gas ", "petroleum", "refin", "energy"]),
    ("trade", ["trade", "tariff", "gatt", "export", "import", "surplus", "deficit", "protectionis"]),
    ("takeovers", ["acquire", "acquisition", "merger", "takeover", "tender offer", "stake", "bid for", " buy "]),
    ("commodities", ["cocoa", "coffee", "sugar", "wheat", "grain", "corn", "soybean", "gold", "copper", "tin ",
                     "rubber", "cattle", "palm oil", "aluminium", "metal"]),
    ("labour", ["strike", "union", "wage", "worker", "jobs", "unemployment", "labour", "labor"]),
    ("politics", ["government", "minister", "election", "president", "congress", "parliament", "senate",
                  "party", "reagan", "thatcher"]),
]


def number(story_id):
    return int(story_id.rsplit("-", 1)[1])


def part(story_id):
    """'test' for about a third of the pool, by a hash of the id; 'dev' for the rest."""
    h = hashlib.sha1(("hindsight-split:" + story_id).encode("utf-8")).digest()
    return "test" if h[0] < 86 else "dev"


def shingles(text):
    """The story's runs of six words, to tell a wire repeat from a new story."""
    w = re.findall(r"\w+", text.lower())
    return {tuple(w[i:i + 6]) for i in range(len(w) - 5)}


def repeat_of(story, earlier):
    """The earlier pick of the other part that shares half the six-word runs of the shorter of the two (a repeat, or a cut version), or None."""
    mine = shingles(story["text"])
    for other in earlier:
        theirs = shingles(other["text"])
        if mine and theirs and len(mine & theirs) >= 0.5 * min(len(mine), len(theirs)):
            return other
    return None


def topic(story):
    head = (story["title"] + " " + story["text"].split("\n\n")[0]).lower()
    for name, words in TOPICS:
        if any(w in head for w in words):
            return name
    return "other"


def main(argv):
    listed = argv[argv.index("--list") + 1] if "--list" in argv else None
    paths = [a for a in argv if not a.startswith("--") and a != listed]
    path = paths[0] if paths else "../shared/data/reuters21578/reuters21578.jsonl"
    pool = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = json.loads(line)
            if POOL[0] <= number(s["id"]) <= POOL[1]:
                pool.append(s)
    split = {"dev": [], "test": []}
    for s in pool:
        split[part(s["id"])].append(s)
    print(f"# pool {len(pool)} stories: dev {len(split['dev'])}, test {len(split['test'])}")
    if listed:  # every pool id of one part: --list dev | --list test
        for s in split[listed]:
            print(s["id"])
        return 0
    if "--split-only" in argv:
        return 0
    rng = random.Random(1987)
    picked_ids, picked_titles = set(), set()
    kept = {"dev": [], "test": []}
    dropped = []
    # the test part's outcome gold is held out too: a dev pick may not repeat one of its stories
    outcomes = os.path.join(os.path.dirname(os.path.abspath(__file__)), "outcomes-test.json")
    by_id = {s["id"]: s for s in pool}
    with open(outcomes, encoding="utf-8") as f:
        outcome_stories = [by_id[i] for i in sorted({o["article"] for o in json.load(f)["outcomes"]}) if i in by_id]
    # and the dev part's outcome gold is trained on (the verdict model's pairs): from test8 on, a test pick
    # may not repeat one of its stories
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "outcomes-dev.json"), encoding="utf-8") as f:
        dev_outcome_stories = [by_id[i] for i in sorted({o["article"] for o in json.load(f)["outcomes"]}) if i in by_id]
    for name, want in (("dev", DEV_PICKS), ("test", TEST_PICKS), ("dev2", DEV_MORE), ("dev3", DEV_THIRD),
                       ("dev4", DEV_FOURTH), ("test2", TEST_MORE), ("dev5", DEV_FIFTH),
                       ("test3", TEST_THIRD), ("dev6", DEV_SIXTH), ("test4", TEST_FOURTH),
                       ("dev7", DEV_SEVENTH), ("test5", TEST_FIFTH), ("dev8", DEV_EIGHTH), ("test6", TEST_SIXTH),
                       ("dev9", DEV_NINTH), ("test7", TEST_SEVENTH), ("dev10", DEV_TENTH),
                       ("test8", TEST_EIGHTH), ("dev11", DEV_ELEVENTH), ("dev12", DEV_TWELFTH)):
        part_name = "dev" if name.startswith("dev") else "test"
        low, high = (100, 900) if name in WIDE_ROUNDS else (150, 600)
        fit = [s for s in split[part_name] if low <= len(s["text"].split()) <= high and s["id"] not in picked_ids]
        if name in ("test2", "test3", "test4", "test5", "test6", "test7", "test8"):  # a wire repeat of a picked dev story would not be held out
            fit = [s for s in fit if s["title"].lower() not in picked_titles]
        by_topic = {}
        for s in sorted(fit, key=lambda s: number(s["id"])):
            by_topic.setdefault(topic(s), []).append(s)
        for stories in by_topic.values():
            rng.shuffle(stories)
        picked, names = [], sorted(by_topic)
        while len(picked) < want:  # round robin over topics, so every topic is represented
            for t in names:
                if by_topic[t] and len(picked) < want:
                    picked.append((t, by_topic[t].pop()))
        print(f"## {name}: {len(picked)} of {len(fit)} stories of {low}-{high} words")
        for t, s in sorted(picked, key=lambda p: number(p[1]["id"])):
            picked_ids.add(s["id"])
            picked_titles.add(s["title"].lower())
            print(f"{part_name}\t{s['id']}\t{t}\t{len(s['text'].split())}\t{s['title']}")
            earlier = kept["test" if part_name == "dev" else "dev"] + (outcome_stories if part_name == "dev" else [])
            if name == "test8":
                earlier = earlier + dev_outcome_stories
            if name in ("dev10", "test8", "dev11", "dev12"):  # from dev10 on, a repeat of a story of the same part is no new data either
                earlier = earlier + kept[part_name]
            other = repeat_of(s, earlier)
            if other is None:
                kept[part_name].append(s)
            else:
                dropped.append((part_name, s, other))
    # A wire story is often sent again under another id, and the hash puts the copies in either
    # part: a story that repeats an earlier pick of the other part is no held-out test story (its
    # twin was tuned on) and no dev story (it would train on a test story); nor is a dev pick that
    # repeats a story of the test part's outcome gold, nor (from test8 on) a test pick that repeats a
    # story of the dev part's outcome gold. It is dropped: no gold is kept for it. The
    # picks above stay as they were, so earlier rounds never change.
    print(f"## dropped: {len(dropped)} picks repeating an earlier pick of the other part or an outcome story of the other part, or (from dev10 on) of the same part (no gold kept)")
    for part_name, s, other in dropped:
        print(f"{part_name}\t{s['id']}\trepeats\t{other['id']}\t{s['title']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
