#!/usr/bin/env python3
"""Build models/hedge-lexicon.json from the probability-word surveys.

Reads (see models/README.md, section "hedge-lexicon.json"):
  capphrase/data/absolute_judgements.csv   CAPphrase (Kucharski 2026, CC-BY 4.0), 0-100 scale
  capphrase/data/pairwise_comparisons.csv  CAPphrase pairwise choices (cross-checks only)
  capphrase/data/yardstick_*.csv           official scales (US NIC / ICD 203 gives the bands)
  perceptions/probly.csv                   zonination/perceptions (MIT), 46 people, 0-100 scale

Writes models/hedge-lexicon.json. Standard library only; deterministic output.

Usage (from the repository root):
  python3 models/training/build_hedge_lexicon.py [DATA_DIR] [--out FILE] [--markdown]

DATA_DIR defaults to ../shared/data/probability-words relative to the repository root.
--markdown also prints the tables used in models/README.md.
"""

import argparse
import csv
import json
import math
import os
import statistics
import sys
from collections import defaultdict

REPO_ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_DATA = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "data", "probability-words"))
DEFAULT_OUT = os.path.join(REPO_ROOT, "models", "hedge-lexicon.json")

OUTLIER_SD = 4.0          # CAPphrase README: responses > 4 SD from the term mean are removed
CLIP = (0.01, 0.99)       # log-odds are taken of p clipped to this range
DECIMALS = 3              # every probability in the JSON is rounded to this many places

LEVELS = {  # official NIC wording (lower case) -> level name used in the code
    "almost no chance": "ALMOST_NO_CHANCE",
    "remote chance": "ALMOST_NO_CHANCE",
    "very unlikely": "VERY_UNLIKELY",
    "unlikely": "UNLIKELY",
    "roughly even chance": "ROUGHLY_EVEN_CHANCE",
    "likely": "LIKELY",
    "very likely": "VERY_LIKELY",
    "almost certain": "ALMOST_CERTAIN",
}


def r(x):
    return None if x is None else round(x + 0.0, DECIMALS)


def quartiles(values):
    # 'inclusive' = linear interpolation between order statistics = R's default (type 7),
    # the method the CAPphrase authors' R scripts use.
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], q[1], q[2]


# --------------------------------------------------------------------------- data loading

def load_capphrase(data_dir):
    path = os.path.join(data_dir, "capphrase", "data", "absolute_judgements.csv")
    raw = defaultdict(list)
    with open(path, newline="", encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f), start=2):
            try:
                v = float(row["probability"])
            except (TypeError, ValueError):
                sys.exit(f"{path}:{i}: probability {row['probability']!r} is not a number")
            if not 0 <= v <= 100:
                sys.exit(f"{path}:{i}: probability {v} outside 0..100 (the survey's unit is percent)")
            raw[row["term"]].append(v / 100.0)  # percent -> fraction
    with open(os.path.join(data_dir, "capphrase", "data", "terms.csv"), newline="", encoding="utf-8") as f:
        terms = [row["term"] for row in csv.DictReader(f)]
    if sorted(terms) != sorted(raw):
        sys.exit(f"{path}: terms {sorted(raw)} differ from terms.csv {sorted(terms)}")
    stats = {}
    for term in terms:
        v = raw[term]
        mean, sd = statistics.mean(v), statistics.stdev(v)
        kept = [x for x in v if abs(x - mean) <= OUTLIER_SD * sd]
        q25, med, q75 = quartiles(kept)
        stats[term] = {"median": med, "q25": q25, "q75": q75, "n": len(kept), "n_raw": len(v),
                       "mean": statistics.mean(kept)}
    return stats


def load_perceptions(data_dir):
    path = os.path.join(data_dir, "perceptions", "probly.csv")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    stats = {}
    for j, term in enumerate(header):
        v = []
        for i, row in enumerate(body, start=2):
            cell = row[j].strip()
            if not cell:
                continue
            x = float(cell)
            if not 0 <= x <= 100:
                sys.exit(f"{path}:{i}: {term} = {x} outside 0..100 (percent)")
            v.append(x / 100.0)  # percent -> fraction
        q25, med, q75 = quartiles(v)
        stats[term] = {"median": med, "q25": q25, "q75": q75, "n": len(v)}
    return stats


def load_yardsticks(data_dir):
    out = {}
    for name in ("us_nic", "nato", "ipcc", "uk", "efsa"):
        path = os.path.join(data_dir, "capphrase", "data", f"yardstick_{name}.csv")
        with open(path, newline="", encoding="utf-8") as f:
            out[name] = [(row["term"], float(row["low"]) / 100.0, float(row["high"]) / 100.0)
                         for row in csv.DictReader(f)]
    return out


def load_pairwise(data_dir):
    """share[(a, b)] = share of respondents who judged a higher than b (repeat pair 10 excluded)."""
    path = os.path.join(data_dir, "capphrase", "data", "pairwise_comparisons.csv")
    wins, n = defaultdict(int), defaultdict(int)
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["pair_id"] == "10":
                continue
            a, b = row["term1"], row["term2"]
            for x, y in ((a, b), (b, a)):
                n[(x, y)] += 1
                wins[(x, y)] += row["selected"] == x
    return {k: (wins[k] / n[k], n[k]) for k in n}


# --------------------------------------------------------------------------- scale

def build_bands(nic):
    seen = {}
    for term, low, high in nic:
        level = LEVELS.get(term.lower())
        if level is None:
            sys.exit(f"yardstick_us_nic.csv: unknown term {term!r}")
        b = seen.setdefault(level, {"level": level, "low": low, "high": high, "terms": []})
        if (b["low"], b["high"]) != (low, high):
            sys.exit(f"yardstick_us_nic.csv: {term!r} disagrees with the other {level} terms")
        b["terms"].append(term)
    bands = sorted(seen.values(), key=lambda b: b["low"])
    # NIC leaves 0-1% and 99-100% unnamed; the outer bands are widened so the scale covers [0, 1].
    bands[0]["low"], bands[-1]["high"] = 0.0, 1.0
    for a, b in zip(bands, bands[1:]):
        if a["high"] != b["low"]:
            sys.exit(f"yardstick_us_nic.csv: bands {a['level']} and {b['level']} are not contiguous")
    for b in bands:
        b["point"] = (b["low"] + b["high"]) / 2
    return bands


def band_of(p, bands):
    p = round(p, DECIMALS)
    for b in bands:
        if b["low"] <= p < b["high"] or (b is bands[-1] and p == b["high"]):
            return b
    raise ValueError(p)


# --------------------------------------------------------------------------- rules

def logit(p):
    p = min(max(p, CLIP[0]), CLIP[1])
    return math.log(p / (1 - p))


def expit(x):
    return 1 / (1 + math.exp(-x))


def combine(ps):
    return expit(sum(logit(p) for p in ps) / len(ps))


def toward(p, f_one, f_zero, threshold):
    """Intensifier: move p a share f of the way to the nearer end of its reading."""
    return p + f_one * (1 - p) if p >= threshold else p - f_zero * p


def derive_parameters(cap, per, yard):
    P = lambda t: cap[t]["median"]
    par = {}
    # very / highly: CAPphrase surveys 'Highly Likely' and 'Highly Unlikely' next to their bare forms.
    par["very_one"] = (P("Highly Likely") - P("Likely")) / (1 - P("Likely"))
    par["very_zero"] = (P("Unlikely") - P("Highly Unlikely")) / P("Unlikely")
    # cross-check in the perceptions survey
    pp = lambda t: per[t]["median"]
    par["very_one_perceptions"] = (pp("Highly Likely") - pp("Likely")) / (1 - pp("Likely"))
    par["very_zero_perceptions"] = (pp("Unlikely") - pp("Highly Unlikely")) / pp("Unlikely")
    # cross-check against the NIC band midpoints (Likely -> Very likely, Unlikely -> Very unlikely)
    nic = {t.lower(): (lo + hi) / 2 for t, lo, hi in yard["us_nic"]}
    par["very_one_nic"] = (nic["very likely"] - nic["likely"]) / (1 - nic["likely"])
    par["very_zero_nic"] = (nic["unlikely"] - nic["very unlikely"]) / nic["unlikely"]
    # "extremely" = "very" applied twice; equivalent single-step shares
    par["extremely_one"] = 1 - (1 - par["very_one"]) ** 2
    par["extremely_zero"] = 1 - (1 - par["very_zero"]) ** 2
    # the bare possibility reading that "chance", "possibility", "risk", "possible" share
    base = P("Could Happen")
    par["base_possibility"] = base
    # real / serious / distinct / well: 'Realistic Possibility' vs the bare possibility ('Could Happen')
    par["real_one"] = (P("Realistic Possibility") - base) / (1 - base)
    # slim / remote: bare possibility -> 'Chances are Slight' / 'Remote Chance'
    par["slim_zero"] = (base - P("Chances are Slight")) / base
    par["remote_zero"] = (base - P("Remote Chance")) / base
    # almost / nearly / virtually: where 'Almost Certain' and 'Almost No Chance' sit
    par["almost_upper"] = P("Almost Certain")
    par["almost_lower"] = P("Almost No Chance")
    # direction threshold for intensifiers: a head below it reads as "improbable" (pushed toward 0).
    # Midway between the highest negative phrase ('Unlikely') and the possibility modals.
    par["direction_threshold"] = (P("Unlikely") + statistics.median(
        [P("May Happen"), P("Might Happen"), P("Could Happen")])) / 2
    # negation by complement, checked on the antonym pairs the surveys contain
    pairs = [("cap", "Likely", "Unlikely"), ("cap", "Probable", "Improbable"),
             ("cap", "Highly Likely", "Highly Unlikely"), ("cap", "Almost Certain", "Almost No Chance"),
             ("per", "Probably", "Probably Not"), ("per", "Likely", "Unlikely")]
    checks = []
    for src, pos, neg in pairs:
        s = cap if src == "cap" else per
        checks.append({"survey": "CAPphrase" if src == "cap" else "perceptions", "positive": pos,
                       "negative": neg, "oneMinusPositive": r(1 - s[pos]["median"]),
                       "negativeMedian": r(s[neg]["median"]),
                       "difference": r(s[neg]["median"] - (1 - s[pos]["median"]))})
    par["complement_checks"] = checks
    par["complement_mean_abs_diff"] = statistics.mean(abs(c["difference"]) for c in checks)
    # "no guarantee that X": X is conceded possible ('Could Happen') but doubted ('Unlikely')
    par["no_guarantee"] = combine([P("Unlikely"), P("Could Happen")])
    par["no_guarantee_low"] = cap["Unlikely"]["q25"]
    par["no_guarantee_high"] = cap["Could Happen"]["q75"]
    par["no_guarantee_n"] = cap["Unlikely"]["n"] + cap["Could Happen"]["n"]
    return par


# --------------------------------------------------------------------------- cue table
# Each row: phrase, kind, rule, arguments, reason.
#   survey T          CAPphrase term T is the phrase itself (median, IQR, n of T)
#   proxy T           phrase not surveyed; value of the nearest CAPphrase term T, for the reason given
#   perceptions T     phrase surveyed only in the perceptions data (46 people)
#   transform I B     intensifier I applied to the value of cue B
#   complement B      negation of the estimative word: 1 - value of cue B (IQR mirrored)
#   combine B1 B2     the combination rule applied to cues B1, B2 (FUTURE cues dropped first)
#   noguarantee       the certainty-denial value (see derive_parameters)
#   operator          intensifier / negation operator: no probability, a transform instead

CUES = [
    # ---- modals
    ("may", "MODAL", "survey", ["May Happen"], ""),
    ("might", "MODAL", "survey", ["Might Happen"], ""),
    ("could", "MODAL", "survey", ["Could Happen"], ""),
    ("would", "MODAL", "proxy", ["Likely"],
     "predictive 'would' (backshifted 'will' in reported speech, or a confident conditional) is weaker "
     "than 'will'; placed at 'Likely' (ICD 203 band 55-80%)"),
    ("should", "MODAL", "proxy", ["Probable"],
     "epistemic 'should' ('prices should fall') = 'probably will'; deontic uses ('Russia should withdraw') are not predictions"),
    ("may well", "MODAL", "proxy", ["Realistic Possibility"],
     "'well' upgrades a possibility modal to a real possibility; equals the 'well' transform of 'may'"),
    ("might well", "MODAL", "proxy", ["Realistic Possibility"],
     "'well' upgrades a possibility modal to a real possibility"),
    ("could well", "MODAL", "proxy", ["Realistic Possibility"],
     "'well' upgrades a possibility modal to a real possibility"),
    ("would likely", "MODAL", "combine", ["would", "likely"], ""),
    ("may not", "NEGATION", "negate_event", ["may"], ""),
    ("might not", "NEGATION", "negate_event", ["might"], ""),
    # ---- future
    ("will", "FUTURE", "survey", ["Will Happen"], ""),
    ("going to", "FUTURE", "proxy", ["Will Happen"], "'going to' future = 'will'"),
    ("is about to", "FUTURE", "proxy", ["Almost Certain"],
     "imminent future, stated as fact but not yet happened; 'Almost Certain' rather than 'Will Happen'"),
    ("won't", "NEGATION", "negate_event", ["will"], ""),
    ("will not", "NEGATION", "negate_event", ["will"], ""),
    ("will likely", "FUTURE", "combine", ["will", "likely"], ""),
    # ---- adverbs
    ("probably", "ADVERB", "proxy", ["Probable"],
     "adverb of 'Probable' (CAPphrase); the perceptions survey has 'Probably' itself"),
    ("possibly", "ADVERB", "proxy", ["Could Happen"], "'possibly X' = 'X could happen'"),
    ("perhaps", "ADVERB", "proxy", ["Might Happen"], "'perhaps X' = 'X might happen'"),
    ("maybe", "ADVERB", "proxy", ["May Happen"], "'maybe X' = 'X may be / may happen'"),
    ("potentially", "ADVERB", "proxy", ["Could Happen"], "'potentially X' = 'X could happen'"),
    ("almost certainly", "ADVERB", "survey", ["Almost Certain"], "adverb of the surveyed 'Almost Certain'"),
    ("certainly", "ADVERB", "proxy", ["Will Happen"], "asserted certainty = 'Will Happen'"),
    ("undoubtedly", "ADVERB", "proxy", ["Almost Certain"], "'without doubt', a near-certainty word"),
    ("probably not", "NEGATION", "perceptions", ["Probably Not"],
     "surveyed only in perceptions; complement of 'probably' gives"),
    ("most likely", "ADVERB", "transform", ["very", "likely"],
     "superlative 'most' read as 'very'"),
    ("very likely", "ADVERB", "proxy", ["Highly Likely"],
     "CAPphrase surveys 'Highly Likely', not 'Very Likely'; ICD 203 'Very likely' band 80-95%; equals the 'very' transform of 'likely'"),
    ("highly likely", "ADVERB", "survey", ["Highly Likely"], ""),
    ("extremely likely", "ADVERB", "transform", ["extremely", "likely"], ""),
    ("very unlikely", "ADVERB", "proxy", ["Highly Unlikely"],
     "CAPphrase surveys 'Highly Unlikely', not 'Very Unlikely'; ICD 203 'Very unlikely' band 5-20%; equals the 'very' transform of 'unlikely'"),
    ("highly unlikely", "ADVERB", "survey", ["Highly Unlikely"], ""),
    ("extremely unlikely", "ADVERB", "transform", ["extremely", "unlikely"], ""),
    # ---- adjectives
    ("likely", "ADJECTIVE", "survey", ["Likely"], ""),
    ("unlikely", "ADJECTIVE", "survey", ["Unlikely"], ""),
    ("probable", "ADJECTIVE", "survey", ["Probable"], ""),
    ("improbable", "ADJECTIVE", "survey", ["Improbable"], ""),
    ("possible", "ADJECTIVE", "proxy", ["Could Happen"], "'possible' = 'could happen' (the bare possibility reading)"),
    ("impossible", "ADJECTIVE", "proxy", ["Almost No Chance"],
     "hyperbolic in news; nobody's median is 0 for any phrase, so the lowest surveyed term"),
    ("almost certain", "ADJECTIVE", "survey", ["Almost Certain"], ""),
    ("virtually certain", "ADJECTIVE", "proxy", ["Almost Certain"], "'virtually' = 'almost'; IPCC 'Virtually certain' 99-100%"),
    ("certain", "ADJECTIVE", "proxy", ["Will Happen"], "asserted certainty = 'Will Happen'"),
    ("inevitable", "ADJECTIVE", "proxy", ["Will Happen"], "asserted certainty = 'Will Happen'"),
    ("doubtful", "ADJECTIVE", "perceptions", ["We Doubt"], "'X is doubtful' = 'we doubt X'"),
    ("plausible", "ADJECTIVE", "proxy", ["Realistic Possibility"], "'plausible' = a realistic possibility"),
    ("potential", "ADJECTIVE", "proxy", ["Could Happen"], "'a potential X' = 'an X that could happen'"),
    ("expected", "ADJECTIVE", "proxy", ["Likely"], "'the expected X' = the X thought likely; ICD 203 'Likely' band 55-80%"),
    ("anticipated", "ADJECTIVE", "proxy", ["Likely"], "= 'expected'"),
    ("more likely than not", "ADJECTIVE", "proxy", ["Better than Even"], "paraphrase of 'better than even'"),
    ("better than even", "ADJECTIVE", "survey", ["Better than Even"], ""),
    ("not likely", "NEGATION", "complement", ["likely"], ""),
    ("is not likely to", "NEGATION", "complement", ["likely"], ""),
    ("far from certain", "NEGATION", "proxy", ["Unlikely"],
     "stronger than a bare denial of certainty ('no guarantee'); read as 'Unlikely'"),
    # ---- nouns
    ("chance", "NOUN", "proxy", ["Could Happen"], "'a chance that X' = 'X could happen'"),
    ("possibility", "NOUN", "proxy", ["Could Happen"], "'a possibility that X' = 'X could happen'"),
    ("risk", "NOUN", "proxy", ["Could Happen"], "'a risk that X' = 'X (unwanted) could happen'"),
    ("prospect of", "NOUN", "proxy", ["Could Happen"], "'the prospect of X' = 'X could happen'"),
    ("real possibility", "NOUN", "proxy", ["Realistic Possibility"], "'real' = 'realistic'"),
    ("realistic possibility", "NOUN", "survey", ["Realistic Possibility"], ""),
    ("serious possibility", "NOUN", "proxy", ["Realistic Possibility"], "'serious' = 'realistic'"),
    ("distinct possibility", "NOUN", "proxy", ["Realistic Possibility"], "'distinct' = 'realistic'"),
    ("a real chance", "NOUN", "proxy", ["Realistic Possibility"], "'a real chance' = 'a realistic possibility'"),
    ("real risk", "NOUN", "proxy", ["Realistic Possibility"], "'a real risk' = 'a realistic possibility' (unwanted)"),
    ("strong possibility", "NOUN", "transform", ["very", "possibility"],
     "'strong' takes the 'very' factor"),
    ("strong chance", "NOUN", "transform", ["very", "chance"], "'strong' takes the 'very' factor"),
    ("good chance", "NOUN", "proxy", ["Better than Even"], "'a good chance' = 'better than even'"),
    ("very good chance", "NOUN", "survey", ["Very Good Chance"], ""),
    ("even chance", "NOUN", "proxy", ["About Even"], "ICD 203 'Roughly even chance' 45-55%"),
    ("about even", "NOUN", "survey", ["About Even"], ""),
    ("toss-up", "NOUN", "proxy", ["About Even"], "'a toss-up' = even chance"),
    ("slim chance", "NOUN", "proxy", ["Chances are Slight"], "'slim' = 'slight'"),
    ("chances are slight", "NOUN", "survey", ["Chances are Slight"], ""),
    ("little chance", "NOUN", "survey", ["Little Chance"], ""),
    ("remote chance", "NOUN", "survey", ["Remote Chance"], ""),
    ("remote possibility", "NOUN", "proxy", ["Remote Chance"], "'possibility' = 'chance'"),
    ("almost no chance", "NOUN", "survey", ["Almost No Chance"], ""),
    ("no chance", "NEGATION", "proxy", ["Almost No Chance"],
     "hyperbolic in news; nobody's median is 0 for any phrase, so the lowest surveyed term"),
    ("doubt", "NOUN", "perceptions", ["We Doubt"], "'there is doubt that X' / 'I doubt X' = 'we doubt'"),
    ("no doubt", "NEGATION", "proxy", ["Almost Certain"],
     "idiom: denies any doubt, i.e. near-certainty (not 1 - 'doubt')"),
    # ---- certainty denials (NEGATION with a fixed value)
    ("no guarantee", "NEGATION", "noguarantee", [], ""),
    ("no guarantees", "NEGATION", "noguarantee", [], ""),
    ("there is no guarantee that", "NEGATION", "noguarantee", [], ""),
    ("guarantees", "NEGATION", "noguarantee", [],
     "as in 'None of the possible compromises guarantees X': 'none'/'no'/'not' + guarantee(s) in one clause"),
    ("not guaranteed", "NEGATION", "noguarantee", [], ""),
    ("not certain", "NEGATION", "noguarantee", [], ""),
    # ---- verb frames
    ("is likely to", "VERB_FRAME", "survey", ["Likely"], ""),
    ("is unlikely to", "VERB_FRAME", "survey", ["Unlikely"], ""),
    ("expected to", "VERB_FRAME", "proxy", ["Likely"], "expectation, no survey value; ICD 203 'Likely' band 55-80%"),
    ("is expected to", "VERB_FRAME", "proxy", ["Likely"], "expectation, no survey value; ICD 203 'Likely' band 55-80%"),
    ("not expected to", "NEGATION", "complement", ["expected to"], ""),
    ("forecast to", "VERB_FRAME", "proxy", ["Likely"], "a forecast is an expectation; = 'expected to'"),
    ("projected to", "VERB_FRAME", "proxy", ["Likely"], "a projection is an expectation; = 'expected to'"),
    ("there is a chance that", "VERB_FRAME", "proxy", ["Could Happen"], "= 'chance'"),
    ("there is a risk that", "VERB_FRAME", "proxy", ["Could Happen"], "= 'risk'"),
    ("set to", "VERB_FRAME", "proxy", ["Highly Likely"],
     "announced or scheduled, stronger than 'expected to', short of 'will'; ICD 203 'Very likely' band 80-95%"),
    ("is set to", "VERB_FRAME", "proxy", ["Highly Likely"], "= 'set to'"),
    ("scheduled to", "VERB_FRAME", "proxy", ["Highly Likely"], "= 'set to' (schedules slip)"),
    ("is due to", "VERB_FRAME", "proxy", ["Highly Likely"],
     "= 'scheduled to'; only the future-time sense (not causal 'due to')"),
    ("is poised to", "VERB_FRAME", "proxy", ["Very Good Chance"],
     "ready and about to, but not announced as fixed; below 'set to'"),
    ("on track to", "VERB_FRAME", "proxy", ["Very Good Chance"], "current trend leads there; below 'set to'"),
    ("is bound to", "VERB_FRAME", "proxy", ["Almost Certain"], "'bound to' = near-inevitable"),
    ("plans to", "VERB_FRAME", "proxy", ["Likely"],
     "a stated plan of the actor; plans change, so 'Likely' (ICD 203 55-80%) rather than 'will'"),
    ("intends to", "VERB_FRAME", "proxy", ["Likely"], "= 'plans to'"),
    ("agreed to", "VERB_FRAME", "proxy", ["Likely"], "an agreed future act, as 'plans to'"),
    ("pledged to", "VERB_FRAME", "proxy", ["Likely"], "= 'vowed to'"),
    ("aims to", "VERB_FRAME", "proxy", ["Likely"], "a stated aim, as 'plans to'"),
    ("is scheduled to", "VERB_FRAME", "proxy", ["Highly Likely"], "= 'scheduled to'"),
    ("is to", "VERB_FRAME", "proxy", ["Highly Likely"],
     "the 'be to' future of arrangements ('is to be held on October 12') = 'scheduled to'"),
    ("vowed to", "VERB_FRAME", "proxy", ["Likely"], "a public commitment, as 'plans to'"),
    ("promised to", "VERB_FRAME", "proxy", ["Likely"], "= 'vowed to'"),
    ("threatened to", "VERB_FRAME", "proxy", ["Might Happen"],
     "a threat is conditional and often a bargaining move: a possibility, not a plan"),
    ("expects to", "VERB_FRAME", "proxy", ["Likely"], "the active 'expected to' of a speaker's own plans ('the company expects to report a loss')"),
    ("decided to", "VERB_FRAME", "proxy", ["Likely"], "a decision not yet carried out, as 'plans to'"),
    ("plan to", "VERB_FRAME", "proxy", ["Likely"], "a plan named as a noun ('the plan to assemble the planes'), as 'plans to'"),
    ("hopes to", "VERB_FRAME", "proxy", ["Might Happen"], "a hope is a wish about one's own plans: weaker than a plan, a possibility"),
    ("seeks to", "VERB_FRAME", "proxy", ["Could Happen"], "an attempt under way: the outcome is open"),
    ("is trying to", "VERB_FRAME", "proxy", ["Could Happen"], "= 'seeks to'"),
    ("is attempting to", "VERB_FRAME", "proxy", ["Could Happen"], "= 'seeks to'"),
    ("is considering", "VERB_FRAME", "proxy", ["Could Happen"], "an option under study ('Fiat is considering a bond issue')"),
    ("is seeking", "VERB_FRAME", "proxy", ["Could Happen"], "an attempt under way ('is seeking approval to issue'), = 'seeks to'"),
    ("is working to", "VERB_FRAME", "proxy", ["Could Happen"], "= 'seeks to'"),
    ("wants to", "VERB_FRAME", "proxy", ["Might Happen"], "a wish about one's own acts, = 'hopes to'"),
    # ---- operators: intensifiers and negation (transform, no probability of their own)
    ("very", "INTENSIFIER", "operator", ["very"], ""),
    ("highly", "INTENSIFIER", "operator", ["very"], "the factor is measured on 'highly' itself"),
    ("extremely", "INTENSIFIER", "operator", ["extremely"], ""),
    ("almost", "INTENSIFIER", "operator", ["almost"], ""),
    ("real", "INTENSIFIER", "operator", ["real"], ""),
    ("distinct", "INTENSIFIER", "operator", ["real"], "'distinct' takes the 'real' factor"),
    ("well", "INTENSIFIER", "operator", ["real"],
     "'may/might/could well' takes the 'real' factor: 'could' 0.40 -> 0.60 = 'Realistic Possibility'"),
    ("strong", "INTENSIFIER", "operator", ["very"], "'strong' takes the 'very' factor (no survey pair of its own)"),
    ("slim", "INTENSIFIER", "operator", ["slim"], ""),
    ("remote", "INTENSIFIER", "operator", ["remote"], ""),
    ("not", "NEGATION", "operator", ["not"], ""),
    ("n't", "NEGATION", "operator", ["not"], ""),
    ("never", "NEGATION", "operator", ["never"], ""),
    ("no", "NEGATION", "operator", ["no"], ""),
    ("none", "NEGATION", "operator", ["none"], ""),
]

SKIPPED = {
    "can": "ability or permission ('Russia can produce...'), not an estimate of a future event",
    "must": "epistemic 'must' is about the present or past ('must have known'); deontic otherwise",
}


def fmt_iqr(lo, hi):
    return f"IQR {lo:.2f}-{hi:.2f}"


def describe_cap(term, s):
    return (f"CAPphrase '{term}': median of {s['n']} judgements ({fmt_iqr(s['q25'], s['q75'])}; "
            f"{s['n_raw'] - s['n']} of {s['n_raw']} removed as >4 SD outliers)")


def perceptions_match(term, per):
    """The perceptions column for a CAPphrase term, if any."""
    wanted = {"almost certain": "almost certainly"}.get(term.lower(), term.lower())
    for t in per:
        if t.lower() == wanted:
            return t
    return None


def cross_check(term, per):
    t = perceptions_match(term, per)
    if t is None:
        return ""
    s = per[t]
    return f"; perceptions '{t}': median {s['median']:.2f} (n={s['n']})"


def operator_transform(name, par):
    th = r(par["direction_threshold"])
    towards = (f"the head cue's probability p is moved a share of the way to the end it already leans to: "
               f"p' = p + f1*(1-p) if p >= {th}, else p' = p - f0*p "
               f"({th} = midway between 'Unlikely' and the may/might/could medians)")
    if name == "very":
        return {"op": "towardExtreme", "towardOne": r(par["very_one"]), "towardZero": r(par["very_zero"]),
                "directionThreshold": th, "appliesTo": "the next estimative word (likely, unlikely, possible, chance...)",
                "rule": towards,
                "derivation": (f"CAPphrase medians: f1 = ('Highly Likely' - 'Likely') / (1 - 'Likely') = {par['very_one']:.3f}; "
                               f"f0 = ('Unlikely' - 'Highly Unlikely') / 'Unlikely' = {par['very_zero']:.3f}. "
                               f"CAPphrase has no 'Very Likely', so 'highly' stands for 'very'. Cross-checks: perceptions "
                               f"f1 = {par['very_one_perceptions']:.3f}, f0 = {par['very_zero_perceptions']:.3f}; "
                               f"ICD 203 band midpoints Likely->Very likely f1 = {par['very_one_nic']:.3f}, "
                               f"Unlikely->Very unlikely f0 = {par['very_zero_nic']:.3f}")}
    if name == "extremely":
        return {"op": "towardExtreme", "towardOne": r(par["extremely_one"]), "towardZero": r(par["extremely_zero"]),
                "directionThreshold": th, "appliesTo": "the next estimative word",
                "rule": towards + "; equals 'very' applied twice",
                "derivation": (f"no survey value; 'very' applied twice: f = 1 - (1 - f_very)^2. Gives 'extremely likely' "
                               f"{toward(0.75, par['extremely_one'], par['extremely_zero'], 0.3):.3f} "
                               f"(EFSA 'Extremely likely' 95-99%, IPCC 95-100%) and 'extremely unlikely' "
                               f"{toward(0.20, par['extremely_one'], par['extremely_zero'], 0.3):.4f} "
                               f"(EFSA 1-5%, IPCC 0-5%)")}
    if name == "almost":
        return {"op": "nearEndpoint", "upper": r(par["almost_upper"]), "lower": r(par["almost_lower"]),
                "appliesTo": "a certainty word (certain, sure, inevitable) -> upper; an impossibility word (no chance, impossible, never) -> lower",
                "rule": "replaces the head's probability with 'upper' or 'lower'",
                "derivation": (f"CAPphrase medians 'Almost Certain' = {par['almost_upper']:.2f}, "
                               f"'Almost No Chance' = {par['almost_lower']:.2f}")}
    if name == "real":
        return {"op": "towardExtreme", "towardOne": r(par["real_one"]), "towardZero": 0.0,
                "directionThreshold": 0.0, "appliesTo": "a possibility word (possibility, chance, risk, prospect) or, for 'well', a possibility modal (may, might, could)",
                "rule": "p' = p + f1*(1-p)",
                "derivation": (f"CAPphrase: f1 = ('Realistic Possibility' - 'Could Happen') / (1 - 'Could Happen') = "
                               f"{par['real_one']:.3f}; pairwise: 'Realistic Possibility' judged higher than 'Could Happen' "
                               f"by {par['pw_real_could'][0]:.0%} of {par['pw_real_could'][1]} respondents")}
    if name in ("slim", "remote"):
        term = {"slim": "Chances are Slight", "remote": "Remote Chance"}[name]
        f = par[name + "_zero"]
        return {"op": "towardExtreme", "towardOne": 0.0, "towardZero": r(f), "directionThreshold": 1.0,
                "appliesTo": "chance, possibility, prospect, hope",
                "rule": "p' = p - f0*p (always toward 0)",
                "derivation": (f"CAPphrase: f0 = ('Could Happen' - '{term}') / 'Could Happen' = {f:.3f}, "
                               f"i.e. the bare possibility ({par['base_possibility']:.2f}) brought down to '{term}'")}
    if name == "not":
        checks = "; ".join(f"{c['survey']} 1-'{c['positive']}' = {c['oneMinusPositive']:.2f} vs "
                           f"'{c['negative']}' = {c['negativeMedian']:.2f}" for c in par["complement_checks"])
        return {"op": "complement",
                "rule": ("scope decides. (a) Negation of the estimative word ('not likely', 'not expected to', "
                         "'not probable'): p' = 1 - p, polarity unchanged. (b) Negation of the event verb "
                         "('may not', 'won't', 'will not', 'did not agree'): polarity NEGATIVE and the probability "
                         "of the modal unchanged (probability is that of the proposition as stated). (c) Negation of "
                         "a certainty word ('not certain', 'not guaranteed'): the certainty-denial value, see 'no guarantee'"),
                "derivation": (f"complement checked on the antonym pairs in the surveys: {checks}; "
                               f"mean |difference| = {par['complement_mean_abs_diff']:.3f} (negative forms sit slightly "
                               f"nearer 0 than the mirror image; the mirror is kept for its simplicity)")}
    if name == "never":
        return {"op": "negateEvent",
                "rule": "'will never X' / 'never X': polarity NEGATIVE, probability of 'will' (the speaker is certain X will not happen)",
                "derivation": "scope rule (b) of 'not'"}
    if name in ("no", "none"):
        return {"op": "scoped",
                "rule": ("'no'/'none of' + guarantee(s)/certainty -> the certainty-denial value "
                         f"{par['no_guarantee']:.2f}; 'no' + chance/prospect -> 'no chance' ({par['almost_lower']:.2f}); "
                         "'no' + doubt -> 'no doubt'; 'none of them will X' -> polarity NEGATIVE (scope rule (b) of 'not')"),
                "derivation": "see the cues 'no guarantees', 'no chance', 'no doubt'"}
    raise KeyError(name)


def build_cues(cap, per, par):
    rows = {}
    for row in CUES:
        if row[0] in rows:
            sys.exit(f"duplicate cue {row[0]!r}")
        rows[row[0]] = row
    built = {}

    def value_of(phrase):  # cues may refer to cues listed later: build on demand
        if phrase not in built:
            build_one(*rows[phrase])
        return built[phrase]

    def build_one(phrase, kind, rule, args, reason):
        e = {"phrase": phrase, "kind": kind}
        if rule == "survey":
            s = cap[args[0]]
            e.update(probability=s["median"], low=s["q25"], high=s["q75"], n=s["n"],
                     source=describe_cap(args[0], s) + cross_check(args[0], per)
                     + (f"; {reason}" if reason else ""))
        elif rule == "proxy":
            s = cap[args[0]]
            e.update(probability=s["median"], low=s["q25"], high=s["q75"], n=s["n"],
                     source=f"not surveyed; mapped to CAPphrase '{args[0]}' because {reason}: median of {s['n']} "
                            f"judgements ({fmt_iqr(s['q25'], s['q75'])})" + cross_check(args[0], per))
            if phrase == "probably":
                p = per["Probably"]
                e["source"] += f"; perceptions 'Probably' itself: median {p['median']:.2f} (n={p['n']})"
        elif rule == "perceptions":
            s = per[args[0]]
            e.update(probability=s["median"], low=s["q25"], high=s["q75"], n=s["n"],
                     source=f"perceptions '{args[0]}': median of {s['n']} judgements ({fmt_iqr(s['q25'], s['q75'])}); "
                            f"not in CAPphrase; {reason}")
            if phrase == "probably not":
                e["source"] += f" 1 - 'Probable' = {1 - cap['Probable']['median']:.2f} (CAPphrase)"
        elif rule == "transform":
            op, base = args
            b = value_of(base)
            t = operator_transform(op, par)
            up = b["probability"] >= t["directionThreshold"]  # the head's median fixes the direction
            f = lambda p: p + t["towardOne"] * (1 - p) if up else p - t["towardZero"] * p
            lo, hi = f(b["low"]), f(b["high"])
            e.update(probability=f(b["probability"]), low=lo, high=hi, n=b["n"],
                     source=f"not surveyed; '{op}' transform (see cue '{op}') of '{base}' "
                            f"({b['probability']:.2f}); n is that of '{base}'" + (f"; {reason}" if reason else ""))
            if phrase == "extremely likely":
                e["source"] += "; EFSA 'Extremely likely' 95-99%, IPCC 95-100%"
            if phrase == "extremely unlikely":
                e["source"] += "; EFSA 'Extremely unlikely' 1-5%, IPCC 0-5%"
        elif rule == "complement":
            b = value_of(args[0])
            e.update(probability=1 - b["probability"], low=1 - b["high"], high=1 - b["low"], n=b["n"],
                     source=f"not surveyed; negation of the estimative word: 1 - '{args[0]}' ({b['probability']:.2f}); "
                            f"checks: CAPphrase 'Unlikely' {cap['Unlikely']['median']:.2f}, perceptions 'Probably Not' "
                            f"{per['Probably Not']['median']:.3f}")
        elif rule == "negate_event":
            b = value_of(args[0])
            e.update(probability=b["probability"], low=b["low"], high=b["high"], n=b["n"],
                     source=f"'{args[0]}' ({b['probability']:.2f}) with the event negated: polarity NEGATIVE, "
                            f"probability unchanged (probability of the proposition as stated)",
                     transform={"op": "negateEvent", "polarity": "NEGATIVE"})
        elif rule == "combine":
            bs = [value_of(a) for a in args]
            kept = [b for b in bs if b["kind"] != "FUTURE"] or bs
            p = combine([b["probability"] for b in kept])
            lo = combine([b["low"] for b in kept])
            hi = combine([b["high"] for b in kept])
            dropped = [b["phrase"] for b in bs if b not in kept]
            e.update(probability=p, low=lo, high=hi, n=min(b["n"] for b in kept),
                     source="not surveyed; combination rule on " + " + ".join(f"'{b['phrase']}' ({b['probability']:.2f})" for b in bs)
                            + (f", FUTURE cue {dropped} dropped as tense" if dropped else "")
                            + (", log-odds mean" if len(kept) > 1 else ""))
        elif rule == "noguarantee":
            e.update(probability=par["no_guarantee"], low=par["no_guarantee_low"], high=par["no_guarantee_high"],
                     n=par["no_guarantee_n"],
                     source=(f"denial of certainty, not of the event: 'no guarantee that X' concedes X is possible "
                             f"(CAPphrase 'Could Happen' {cap['Could Happen']['median']:.2f}) while signalling doubt "
                             f"('Unlikely' {cap['Unlikely']['median']:.2f}); value = log-odds mean of the two "
                             f"(n = both terms' judgements, IQR from 'Unlikely' q25 to 'Could Happen' q75). "
                             f"1 - 'Will Happen' = {1 - cap['Will Happen']['median']:.2f} would wrongly say X is impossible")
                            + (f"; {reason}" if reason else ""),
                     transform={"op": "denyCertainty",
                                "rule": ("negation ('no', 'none of', 'not', 'nothing') scoping over a certainty word "
                                         "(guarantee(s), guaranteed, certain) in the same clause: the probability of "
                                         "the complement clause X is this fixed value, polarity POSITIVE; the negation "
                                         "does not flip X")})
        elif rule == "operator":
            e.update(probability=None, low=None, high=None, n=None,
                     source=("operator with no probability of its own; transform derived from CAPphrase medians"
                             + (f"; {reason}" if reason else "")
                             if kind == "INTENSIFIER" else "negation operator; see transform.rule"),
                     transform=operator_transform(args[0], par))
        else:
            raise ValueError(rule)
        built[phrase] = e

    for row in CUES:
        value_of(row[0])
    out = [built[row[0]] for row in CUES]
    for e in out:
        for k in ("probability", "low", "high"):
            e[k] = r(e[k])
        # keep a fixed key order
        order = ["phrase", "kind", "probability", "low", "high", "n", "source", "transform"]
        e_sorted = {k: e[k] for k in order if k in e}
        e.clear()
        e.update(e_sorted)
    return out


# --------------------------------------------------------------------------- combination

def worked_example(text, cue_values, cues_by_phrase, bands):
    used = [(c, cues_by_phrase[c]["probability"], cues_by_phrase[c]["kind"]) for c in cue_values]
    kept = [u for u in used if u[2] != "FUTURE"] or used
    lo = [logit(p) for _, p, _ in kept]
    p = combine([p for _, p, _ in kept])
    b = band_of(p, bands)
    return {"text": text,
            "cues": [{"phrase": c, "probability": p_, "kind": k} for c, p_, k in used],
            "dropped": [u[0] for u in used if u not in kept],
            "logOdds": [round(x, 3) for x in lo],
            "meanLogOdds": round(sum(lo) / len(lo), 3),
            "probability": r(p), "level": b["level"], "point": r(b["point"])}


def build_combination(cues, bands, par):
    by = {c["phrase"]: c for c in cues}
    return {
        "rule": ("1) An explicit number in the clause ('85 percent', 'a 70% chance', 'odds of one in three', "
                 "'50-50') wins over every word cue. 2) Match cues longest-first, so listed multi-word cues "
                 "('almost certainly', 'no guarantees', 'could well') count once. 3) Apply operators to their head: "
                 "intensifiers (very, highly, real, slim, ...) and negation (scope rules under cue 'not'). "
                 "4) If any non-FUTURE cue remains, drop FUTURE cues (will, going to, is about to): there they mark tense, "
                 "the hedge carries the estimate ('will likely' = 'likely'). 5) Combine the remaining probabilities "
                 "by the mean of their log-odds, each p clipped to [0.01, 0.99] first. 6) Report the band containing "
                 "the result (low <= p < high, after rounding to 3 decimals; the top band includes 1.0): level = its "
                 "name, probability = its point."),
        "numbersWin": True,
        "space": "logOdds",
        "aggregate": "mean",
        "weights": "equal",
        "clip": list(CLIP),
        "dropFutureWhenHedged": True,
        "rounding": DECIMALS,
        "justification": (
            "Hedges stacked in one clause usually express one attitude twice (harmonic modality: 'may possibly', "
            "'would likely'), not independent events, so a product double-counts ('likely' x 'could' = "
            f"{by['likely']['probability'] * by['could']['probability']:.2f}, below either cue) and a minimum "
            "throws away the stronger cue. The mean of log-odds (the geometric mean of odds, the usual way to "
            "pool probability judgements) returns the common value when cues agree, lands between them when they "
            "differ, is symmetric under negation (p -> 1-p) and respects the compression of the scale near 0 and 1."),
        "examples": [
            worked_example("A likely compromise could be a so-called \"air truce\"", ["likely", "could"], by, bands),
            worked_example("there is a risk that energy partners may change their position", ["risk", "may"], by, bands),
            worked_example("Trump will likely impose new sanctions", ["will", "likely"], by, bands),
        ],
    }


# --------------------------------------------------------------------------- checks

SANITY = [  # phrase or list of phrases, low, high (accepted range from our gold / brief)
    (["will"], 0.75, 1.0),
    (["may"], 0.30, 0.70),
    (["might"], 0.15, 0.55),
    (["likely", "could"], 0.30, 0.75),
    (["no guarantees"], 0.05, 0.50),
    (["guarantees"], 0.05, 0.50),
    (["possible"], 0.30, 0.70),
    (["very unlikely"], 0.0, 0.20),
    (["almost certainly"], 0.90, 1.0),
    (["risk", "may"], 0.20, 0.60),
    (["could"], 0.20, 0.60),
]


def sanity(cues, bands):
    by = {c["phrase"]: c for c in cues}
    rows, ok = [], True
    for phrases, lo, hi in SANITY:
        kept = [by[p] for p in phrases if by[p]["kind"] != "FUTURE"] or [by[p] for p in phrases]
        p = combine([c["probability"] for c in kept]) if len(kept) > 1 else kept[0]["probability"]
        b = band_of(p, bands)
        good = lo <= round(p, DECIMALS) <= hi and lo <= b["point"] <= hi
        ok &= good
        rows.append((" + ".join(phrases), r(p), b["level"], r(b["point"]), f"[{lo}, {hi}]", "ok" if good else "FAIL"))
    return ok, rows


# --------------------------------------------------------------------------- main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir", nargs="?", default=DEFAULT_DATA,
                    help="probability-words folder (default: ../shared/data/probability-words from the repo root)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output JSON (default: models/hedge-lexicon.json)")
    ap.add_argument("--markdown", action="store_true", help="also print the README tables")
    a = ap.parse_args(argv)

    cap = load_capphrase(a.data_dir)
    per = load_perceptions(a.data_dir)
    yard = load_yardsticks(a.data_dir)
    pw = load_pairwise(a.data_dir)
    par = derive_parameters(cap, per, yard)
    par["pw_real_could"] = pw[("Realistic Possibility", "Could Happen")]

    bands = build_bands(yard["us_nic"])
    cues = build_cues(cap, per, par)
    combination = build_combination(cues, bands, par)

    ok, rows = sanity(cues, bands)
    lexicon = {
        "version": "1.0",
        "scale": {
            "name": "US ICD 203 (NIC) words of estimative probability",
            "source": "CAPphrase data/yardstick_us_nic.csv (ODNI Intelligence Community Directive 203)",
            "pointRule": ("midpoint of [low, high]. Not the survey median of the band's own term: those sit on or "
                          "near band edges ('Unlikely' 0.20 is the UNLIKELY band's lower edge, 'Almost No Chance' "
                          "0.02), so the midpoint is the neutral value to score (Brier) a prediction in the band"),
            "bandRule": ("low <= p < high after rounding p to 3 decimals; the last band includes 1.0. NIC leaves "
                         "0-1% and 99-100% unnamed: ALMOST_NO_CHANCE starts at 0 and ALMOST_CERTAIN ends at 1. "
                         "'Remote chance' is NIC's synonym of 'Almost no chance'"),
            "bands": [{"level": b["level"], "low": r(b["low"]), "high": r(b["high"]), "point": r(b["point"]),
                       "terms": b["terms"]} for b in bands],
        },
        "cues": cues,
        "combination": combination,
    }
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(lexicon, f, indent=1, ensure_ascii=False)
        f.write("\n")

    print(f"wrote {a.out}: {len(bands)} bands, {len(cues)} cues", file=sys.stderr)
    print("sanity (cue value -> band point):", file=sys.stderr)
    for row in rows:
        print("  %-20s p=%-6s %-20s point=%-6s %-12s %s" % row, file=sys.stderr)

    if a.markdown:
        print_markdown(cap, per, pw, bands, cues, par, rows)
    if not ok:
        print("sanity check FAILED", file=sys.stderr)
        return 1
    return 0


def print_markdown(cap, per, pw, bands, cues, par, rows):
    print("\n| level | low | high | point | ICD 203 term(s) |\n| --- | --- | --- | --- | --- |")
    for b in bands:
        print(f"| {b['level']} | {b['low']:.2f} | {b['high']:.2f} | {b['point']:.3f} | {', '.join(b['terms'])} |")
    print("\n| CAPphrase term | median | IQR | n (raw) | perceptions median (n) |\n| --- | --- | --- | --- | --- |")
    for t, s in sorted(cap.items(), key=lambda kv: (kv[1]["median"], kv[1]["mean"])):
        m = perceptions_match(t, per)
        pm = f"{per[m]['median']:.3f} ({per[m]['n']})" if m else "-"
        print(f"| {t} | {s['median']:.2f} | {s['q25']:.2f}-{s['q75']:.2f} | {s['n']} ({s['n_raw']}) | {pm} |")
    print("\nperceptions-only terms:")
    for t, s in per.items():
        if not any(perceptions_match(c, per) == t for c in cap):
            print(f"  {t}: median {s['median']:.3f}, IQR {s['q25']:.3f}-{s['q75']:.3f}, n={s['n']}")
    print("\npairwise (share judging A higher than B, n):")
    for a_, b_ in [("May Happen", "Might Happen"), ("May Happen", "Could Happen"), ("Could Happen", "Might Happen"),
                   ("Likely", "Probable"), ("Realistic Possibility", "Could Happen"), ("Highly Likely", "Likely"),
                   ("Unlikely", "Highly Unlikely"), ("Will Happen", "Almost Certain"), ("Little Chance", "Chances are Slight")]:
        s, n = pw[(a_, b_)]
        print(f"  {a_} > {b_}: {s:.3f} (n={n})")
    print("\nparameters:")
    for k, v in par.items():
        if isinstance(v, float):
            print(f"  {k} = {v:.4f}")
    print("\nnot cues:")
    for k, v in SKIPPED.items():
        print(f"  {k}: {v}")
    print("\n| cue(s) | value | level | point | accepted | |\n| --- | --- | --- | --- | --- | --- |")
    for row in rows:
        print("| %s | %s | %s | %s | %s | %s |" % row)


if __name__ == "__main__":
    sys.exit(main())
