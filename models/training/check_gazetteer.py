#!/usr/bin/env python3
"""Validate models/gazetteer.json, the hand-curated actor gazetteer.

Usage:  python3 models/training/check_gazetteer.py [path/to/gazetteer.json]

Checks
  * top level: "version", "description", "actors" (list) and "ambiguous" (list) are present;
  * every actor: known fields only, required fields present, list fields are lists of non-empty
    strings, id unique, id shaped "<prefix>/<lowercase-slug>" with the prefix matching the type
    (person/ -> PERSON, country/ -> COUNTRY, org/ and party/ -> ORGANIZATION, group/ -> GROUP);
  * "valid_from" / "valid_until" (and the top-level "roles_valid_from") are dates, in order;
  * every affiliation names an existing id, not the actor itself and not a PERSON;
  * surface forms (name, aliases, metonyms, demonyms, roles) have no leading lowercase "the",
    roles no leading "the" at all, and no form repeated within one actor (case variants such as
    "NATO"/"Nato" are allowed outside roles, since acronyms are matched case-sensitively);
  * no surface form is claimed by two actors unless the "ambiguous" list has an entry for it that
    names every claimant. Forms are compared after folding case and accents, dropping a leading
    "the", dots and apostrophes, and treating hyphens as spaces ("U.S." = "US", "Élysée" = "Elysee");
  * every ambiguous entry has a term, a note and existing actor ids, and no term is listed twice;
  * known misspellings (see MISSPELLINGS) are absent: fuzzy matching must find those, not the list.

Prints the actor count by type and exits 1 when any error was found.
"""
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1] / "gazetteer.json"
TYPES = {"person": "PERSON", "country": "COUNTRY", "org": "ORGANIZATION", "party": "ORGANIZATION", "group": "GROUP"}
ID_RE = re.compile(r"^(person|country|org|party|group)/[a-z0-9]+(?:-[a-z0-9]+)*$")
VERSION_RE = re.compile(r"^\d{4}\.\d{2}-\d+$")
REQUIRED = ("id", "name", "type", "aliases", "roles")
LISTS = ("aliases", "metonyms", "demonyms", "roles")
OPTIONAL = ("metonyms", "demonyms", "affiliation", "lang", "notes", "valid_from", "valid_until")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Misspellings seen in the corpus that must stay out of the gazetteer.
MISSPELLINGS = {"withoff", "steve withoff", "zelenskyi", "netanyahoo"}


def norm(s):
    """Folded form used to compare surface forms across actors."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("\u2019", "'").replace("'", "").replace(".", "")
    s = re.sub(r"[-\u2010-\u2015]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def surface_forms(actor):
    yield "name", actor["name"]
    for field in LISTS:
        for form in actor.get(field, []):
            yield field, form


def check(data):
    errors, warnings = [], []
    err = errors.append

    if "roles_valid_from" in data and not (isinstance(data["roles_valid_from"], str) and DATE_RE.match(data["roles_valid_from"])):
        err("top level: roles_valid_from must be a date YYYY-MM-DD")
    for key in ("version", "description", "actors", "ambiguous"):
        if key not in data:
            err(f"top level: missing \"{key}\"")
    if errors:
        return errors, warnings, Counter()
    if not isinstance(data["version"], str) or not VERSION_RE.match(data["version"]):
        err(f"top level: version {data['version']!r} is not YYYY.MM-N")
    if not isinstance(data["actors"], list) or not isinstance(data["ambiguous"], list):
        err("top level: \"actors\" and \"ambiguous\" must be lists")
        return errors, warnings, Counter()

    actors = data["actors"]
    by_id = {}
    for i, a in enumerate(actors):
        where = f"actor #{i} ({a.get('id', '?')})"
        if not isinstance(a, dict):
            err(f"{where}: not an object")
            continue
        for f in REQUIRED:
            if f not in a:
                err(f"{where}: missing \"{f}\"")
        for f in a:
            if f not in REQUIRED and f not in OPTIONAL:
                err(f"{where}: unknown field \"{f}\"")
        aid = a.get("id")
        if not isinstance(aid, str) or not ID_RE.match(aid):
            err(f"{where}: bad id {aid!r}")
        elif aid in by_id:
            err(f"{where}: duplicate id")
        else:
            by_id[aid] = a
            if TYPES[aid.split("/")[0]] != a.get("type"):
                err(f"{where}: type {a.get('type')!r} does not fit id prefix")
        if not isinstance(a.get("name"), str) or not a.get("name", "").strip():
            err(f"{where}: empty name")
        for f in LISTS:
            if f in a and (not isinstance(a[f], list) or not all(isinstance(x, str) and x.strip() == x and x for x in a[f])):
                err(f"{where}: \"{f}\" must be a list of non-empty, trimmed strings")
        for f in ("affiliation", "lang", "notes"):
            if f in a and (not isinstance(a[f], str) or not a[f].strip()):
                err(f"{where}: \"{f}\" must be a non-empty string")
        for f in ("valid_from", "valid_until"):
            if f in a and (not isinstance(a[f], str) or not DATE_RE.match(a[f])):
                err(f"{where}: \"{f}\" must be a date YYYY-MM-DD")
        if a.get("valid_from", "") and a.get("valid_until", "") and a["valid_from"] > a["valid_until"]:
            err(f"{where}: valid_from after valid_until")

    # affiliations
    for aid, a in by_id.items():
        aff = a.get("affiliation")
        if aff is None:
            continue
        if aff == aid:
            err(f"{aid}: affiliated to itself")
        elif aff not in by_id:
            err(f"{aid}: affiliation {aff!r} is not an actor id")
        elif by_id[aff]["type"] == "PERSON":
            err(f"{aid}: affiliation {aff!r} is a person")

    # surface forms
    claims = defaultdict(set)      # folded form -> actor ids
    examples = defaultdict(set)    # folded form -> spellings seen
    for aid, a in by_id.items():
        seen, seen_roles = set(), set()
        for field, form in surface_forms(a):
            if not isinstance(form, str):
                continue
            low = form.casefold()
            if low.startswith("the ") and (field == "roles" or form.startswith("the ")):
                err(f"{aid}: {field} {form!r} starts with \"the\"")
            # Exact repeats are errors; case variants are kept on purpose (acronyms are matched
            # case-sensitively: "NATO" and "Nato"), except among roles, matched case-insensitively.
            if form in seen or (field == "roles" and low in seen_roles):
                err(f"{aid}: {form!r} listed twice")
            seen.add(form)
            if field == "roles":
                seen_roles.add(low)
            if norm(form) in MISSPELLINGS:
                err(f"{aid}: {form!r} is a known misspelling; leave it to fuzzy matching")
            claims[norm(form)].add(aid)
            examples[norm(form)].add(form)

    # ambiguous list
    declared = {}
    for i, entry in enumerate(data["ambiguous"]):
        where = f"ambiguous #{i}"
        if not isinstance(entry, dict) or set(entry) - {"term", "actors", "note"}:
            err(f"{where}: must be an object with term, actors, note")
            continue
        term, ids, note = entry.get("term"), entry.get("actors"), entry.get("note")
        if not isinstance(term, str) or not term.strip():
            err(f"{where}: empty term")
            continue
        where = f"ambiguous {term!r}"
        if not isinstance(note, str) or not note.strip():
            err(f"{where}: needs a note saying how to resolve it")
        if not isinstance(ids, list) or not ids:
            err(f"{where}: needs a non-empty list of candidate actor ids")
            ids = []
        for x in ids:
            if x not in by_id:
                err(f"{where}: unknown actor id {x!r}")
        if len(set(ids)) != len(ids):
            err(f"{where}: repeated actor id")
        key = norm(term)
        if key in declared:
            err(f"{where}: listed twice (also as {declared[key]!r})")
        declared[key] = (term, set(ids))
        if not claims.get(key):
            warnings.append(f"{where}: no actor lists this form (kept as a resolver hint)")

    for key, ids in sorted(claims.items()):
        if len(ids) < 2:
            continue
        shown = " / ".join(sorted(examples[key]))
        if key not in declared:
            err(f"{shown!r} is claimed by {', '.join(sorted(ids))} but is not in \"ambiguous\"")
        elif not ids <= declared[key][1]:
            missing = ", ".join(sorted(ids - declared[key][1]))
            err(f"ambiguous {declared[key][0]!r}: candidates miss claimant(s) {missing}")

    return errors, warnings, Counter(a.get("type") for a in by_id.values())


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"{path}: cannot read: {e}", file=sys.stderr)
        return 1
    errors, warnings, counts = check(data)
    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}")
    total = sum(counts.values())
    print(f"{path}: version {data.get('version')}, {total} actors "
          + ", ".join(f"{t} {n}" for t, n in sorted(counts.items()))
          + f"; {len(data.get('ambiguous', []))} ambiguous terms")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
