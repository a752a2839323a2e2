"""Validate the accuracy gold files against the corpus. Run: python3 validate_gold.py"""
import csv
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


meta = {r["article_id"]: r for r in csv.DictReader(open(CORPUS / "metadata.csv", encoding="utf-8"))}
src = {r["article_id"]: r for r in csv.DictReader(open(HERE / "sources.csv", encoding="utf-8"))}
txt_ids = {p.stem for p in CORPUS.glob("*.txt")}
if set(meta) != txt_ids:
    err(f"metadata rows vs .txt files differ: {set(meta) ^ txt_ids}")
if set(src) != txt_ids:
    err(f"sources rows vs .txt files differ: {set(src) ^ txt_ids}")
for aid, r in meta.items():
    if r["published"]:
        try:
            dt.date.fromisoformat(r["published"])
        except ValueError:
            err(f"{aid}: bad published {r['published']!r}")
    if src.get(aid, {}).get("published") != r["published"] or src.get(aid, {}).get("url") != r["url"]:
        err(f"{aid}: metadata.csv and sources.csv disagree")
    exp = "test" if aid.startswith("test_") else "dev"
    if src.get(aid, {}).get("split") != exp:
        err(f"{aid}: split column {src.get(aid, {}).get('split')} != id prefix {exp}")
# split rules: batch 1, within each region (sources.csv order = collection order), k % 4 == 2 ->
# test; batches 2a-4a, positions 2, 6, 10 of the batch's order -> test; from batch 5a on,
# positions 3, 7, 11 (k % 4 == 3), fixed in each batch's notes before it was annotated
TEST_REMAINDER = {"5a": 3, "5b": 3, "5c": 3, "5d": 3, "6a": 3, "6b": 3, "7a": 3, "7b": 3, "8a": 3, "8b": 3,
                  "9a": 3, "9b": 3, "10a": 3, "10b": 3,
                  "11a": 3, "11b": 3, "12a": 3, "12b": 3, "13a": 3, "13b": 3, "14a": 3, "14b": 3,
                  "15a": 3, "15b": 3, "16a": 3, "16b": 3,
                  "17a": 3, "17b": 3, "18a": 3, "18b": 3, "19a": 3, "19b": 3,
                  "20a": 3, "20b": 3, "21a": 3, "21b": 3, "22a": 3, "22b": 3,
                  "23a": 3, "23b": 3, "24a": 3, "24b": 3, "25a": 3, "25b": 3, "26a": 3, "26b": 3, "27a": 3, "27b": 3, "28a": 3, "28b": 3, "29a": 3, "29b": 3,
                  "30a": 3, "30b": 3, "31a": 3, "31b": 3, "32a": 3, "32b": 3,
                  "33a": 3, "33b": 3, "34a": 3, "34b": 3, "35a": 3, "35b": 3,
                  "36a": 3, "36b": 3, "37a": 3, "37b": 3,
                  "38a": 3, "38b": 3, "39a": 3, "39b": 3, "40a": 3, "40b": 3, "41a": 3, "41b": 3,
                  "42a": 3, "42b": 3, "43a": 3, "43b": 3, "44a": 3, "44b": 3, "45a": 3, "45b": 3,
                  "46a": 3, "46b": 3, "47a": 3, "47b": 3, "48a": 3, "48b": 3,
                  "49a": 3, "49b": 3, "50a": 3, "50b": 3, "51a": 3, "51b": 3, "52a": 3, "52b": 3,
                  "53a": 3, "53b": 3, "54a": 3, "54b": 3,
                  "55a": 3, "55b": 3, "56a": 3, "56b": 3,
                  "57a": 3, "57b": 3, "58a": 3, "58b": 3,
                  "59a": 3, "59b": 3, "60a": 3, "60b": 3, "61a": 3, "61b": 3,
                  "62a": 3, "62b": 3, "63a": 3, "63b": 3,
                  "64a": 3, "64b": 3, "65a": 3, "65b": 3,
                  "66a": 3, "66b": 3, "67a": 3, "67b": 3,
                  "68a": 3, "68b": 3, "69a": 3, "69b": 3, "70a": 3, "70b": 3,
                  "71a": 3, "71b": 3, "72a": 3, "72b": 3,
                  "73a": 3, "73b": 3, "74a": 3, "74b": 3,
                  "75a": 3, "75b": 3, "76a": 3, "76b": 3, "77a": 3, "77b": 3, "78a": 3, "78b": 3, "79a": 3, "79b": 3,
                  "80a": 3, "80b": 3, "81a": 3, "81b": 3, "82a": 3, "82b": 3,
                  "83a": 3, "83b": 3, "84a": 3, "84b": 3,
                  "85a": 3, "85b": 3, "86a": 3, "86b": 3, "87a": 3, "87b": 3,
                  "88a": 3, "88b": 3, "89a": 3, "89b": 3,
                  "90a": 3, "90b": 3, "91a": 3, "91b": 3, "92a": 3, "92b": 3, "93a": 3, "93b": 3,
                  "94a": 3, "94b": 3, "95a": 3, "95b": 3, "96a": 3, "96b": 3, "97a": 3, "97b": 3,
                  "98a": 3, "98b": 3, "99a": 3, "99b": 3}
_k = Counter()
for aid, r in src.items():
    _k[r["region"] if r["batch"] == "1" else r["batch"]] += 1
    k = _k[r["region"] if r["batch"] == "1" else r["batch"]]
    remainder = TEST_REMAINDER.get(r["batch"], 2)
    if (r["split"] == "test") != (k % 4 == remainder):
        err(f"{aid}: split does not follow the k % 4 == {remainder} rule of batch {r['batch']}")
texts = {aid: (CORPUS / f"{aid}.txt").read_text(encoding="utf-8") for aid in txt_ids}
for aid, t in texts.items():
    wc = len(t.split())
    if wc < 40:
        err(f"{aid}: only {wc} words")

golds = {n: json.load(open(HERE / n, encoding="utf-8")) for n in ("gold_dev.json", "gold_test.json")}
for name, g in golds.items():
    actors = g["actors"]
    for k in actors:
        if not re.fullmatch(r"[a-z0-9_]+", k):
            err(f"{name}: actor key not snake_case: {k}")
    seen_ids = set()
    used_articles = set()
    for m in g["meetings"]:
        if m["id"] in seen_ids:
            err(f"{name}: duplicate id {m['id']}")
        seen_ids.add(m["id"])
        if not m["participants"] or len(set(m["participants"])) != len(m["participants"]):
            err(f"{name} {m['id']}: bad participants {m['participants']}")
        for p in m["participants"]:
            if p not in actors:
                err(f"{name} {m['id']}: participant {p} not in actors")
        if m["date"] is not None:
            try:
                dt.date.fromisoformat(m["date"])
            except (TypeError, ValueError):
                err(f"{name} {m['id']}: bad date {m['date']!r}")
        if m["kind"] not in ("in_person", "phone", "video"):
            err(f"{name} {m['id']}: bad kind")
        if m["status"] not in ("held", "planned"):
            err(f"{name} {m['id']}: bad status")
        if not isinstance(m["required"], bool):
            err(f"{name} {m['id']}: required not bool")
        if len(m["sources"]) != 1:
            err(f"{name} {m['id']}: expected exactly one source")
        for s in m["sources"]:
            used_articles.add(s)
            if s not in txt_ids:
                err(f"{name} {m['id']}: source {s} has no .txt")
            if s not in meta:
                err(f"{name} {m['id']}: source {s} has no metadata row")
            if name == "gold_dev.json" and not s.startswith("dev_"):
                err(f"{name} {m['id']}: non-dev source {s}")
            if name == "gold_test.json" and not s.startswith("test_"):
                err(f"{name} {m['id']}: non-test source {s}")
            if s in texts and norm(m["evidence"]) not in norm(texts[s]):
                err(f"{name} {m['id']}: evidence not found verbatim in {s}: {m['evidence'][:60]!r}")
    for r in g["roles"]:
        if r["actor"] not in actors:
            err(f"{name}: role actor {r['actor']} missing")
        if r["article"] not in texts or norm(r["text"]) not in norm(texts[r["article"]]):
            err(f"{name}: role text {r['text']!r} not in {r['article']}")
        if name == "gold_dev.json" and not r["article"].startswith("dev_"):
            err(f"{name}: role from non-dev article")
        if name == "gold_test.json" and not r["article"].startswith("test_"):
            err(f"{name}: role from non-test article")
    # every alias must occur verbatim (line breaks read as spaces) in an article of this split
    split_texts = [norm(t) for aid, t in texts.items()
                   if aid.startswith("dev_" if name == "gold_dev.json" else "test_")]
    for k, al in actors.items():
        for a in al:
            if not any(norm(a) in t for t in split_texts):
                err(f"{name}: alias {a!r} of {k} not found in any article of the split")

# the two splits read together are the whole corpus's gold: no meeting id in both
d, t = golds["gold_dev.json"], golds["gold_test.json"]
for shared in sorted({m["id"] for m in d["meetings"]} & {m["id"] for m in t["meetings"]}):
    err(f"meeting id {shared} in both splits")

if errors:
    print("\n".join(errors))
    print(f"{len(errors)} problem(s)")
    sys.exit(1)

c = Counter()
for name, g in (("dev", d), ("test", t)):
    c[name, "meetings"] = len(g["meetings"])
    c[name, "required"] = sum(m["required"] for m in g["meetings"])
    c[name, "actors"] = len(g["actors"])
    c[name, "roles"] = len(g["roles"])
print("OK:", len(txt_ids), "articles;", dict(c))
