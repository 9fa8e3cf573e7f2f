"""Emoji placement in captions: the share of placements a careful editor would keep.

    nice -n 10 .venv/bin/python training/caption_emoji_eval.py

Data (written for this project, realistic trap / reggaeton / Latin pop captions in Spanish and
English, with ambiguous words, "Title - Artist" pairs, quoted titles, @mentions and #tags):
  held-out  training/data/caption_emoji_heldout.tsv  159 captions written fresh in session 7
            before the model's errors were looked at (training/caption_emoji_heldout_build.py
            says how); reported, never tuned on
  development  training/data/caption_emoji_dev.tsv and caption_emoji_eval.tsv: what the concept
            list and the rules were tuned on (caption_emoji_eval.tsv was the reported set until
            its errors were used for tuning in session 7; it no longer counts as held out)
Each row lists the spans no emoji may go inside (title, artist, mentions, tags) and, for each
clause end, the emoji an editor would keep there ("-": none). A placement is kept when it sits
at a labelled clause end and its emoji is in that end's set; anywhere else (between words of a
sentence, after a name that is not a clause end) it is not. Placements go through
``core.captions.emoji.plan`` exactly as ``optimize_caption`` calls it (3 emoji at most, the
TikTok / Instagram count), with the comment-sentiment model for the clauses' tone.

Baseline in the same run: the genre's first emoji that fits the caption's tone, at the end of
the caption (what an editor without a model would do).

Writes the ``emoji_placement`` part of models/captions/metrics.json.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viralml_desktop.core.captions import emoji as ce  # noqa: E402
from viralml_desktop.core.captions import hashtags as ht  # noqa: E402
from viralml_desktop.core.captions.comments import score_texts  # noqa: E402
from viralml_desktop.core.captions.parse import parse  # noqa: E402

DATA = ROOT / "training" / "data"
MAX_EMOJI = 3
PREVIOUS_HELD_OUT = 0.6375  # the model before session 7's development tuning, on the held-out set (see main)
_TRAIL = " \t\n.,;:!?…\"”»')]"


def read(path: Path) -> list[dict]:
    """Rows of a caption emoji TSV: forbidden spans and {clause-end words: set of emoji or empty}."""
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    rows = []
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"):
        ends = {}
        for part in filter(None, (x.strip() for x in r["clause_ends"].split(";;"))):
            k, v = part.split("=>")
            ends[k.strip()] = set() if v.strip() == "-" else {e.replace("\ufe0f", "") for e in v.split()}
        r["forbidden"] = [x.strip() for x in r["forbidden"].split(";;") if x.strip()]
        r["ends"] = ends
        rows.append(r)
    return rows


def _scores(texts: list[str]) -> list[float]:
    return [float(r["score"]) for r in score_texts(texts)]


def judge(body: str, end: int, emoji: str, row: dict) -> dict:
    """Where a placement landed and whether an editor keeps it."""
    low = body.casefold()
    inside = any(s < end < s + len(f) for f in row["forbidden"]
                 for s in [i for i in range(len(low)) if low.startswith(f.casefold(), i)])
    before = body[:end].rstrip(_TRAIL).casefold()
    anchor = next((k for k in row["ends"] if before.endswith(k.casefold().rstrip(_TRAIL))), None)
    ok = anchor is not None and emoji.replace("\ufe0f", "") in row["ends"][anchor]
    return {"kept": ok, "inside_name": inside, "at_clause_end": anchor is not None}


def run(rows: list[dict], method: str) -> dict:
    n = kept = inside = mid = covered = 0
    by_lang: dict[str, list[int]] = {}
    misses = []
    for row in rows:
        p = parse(row["caption"])
        names = [p.title, p.artist] + list(p.mentions)
        gk = ht.genre_key(row["genre"]) or ""
        if method == "model":
            placed = [(m.end, m.emoji) for m in ce.plan(p.body, p.language, gk, names, MAX_EMOJI, _scores)]
        else:  # baseline: the genre's emoji that fits the caption's tone, at the very end
            tone = _scores([p.body])[0]
            choice = ce.genre_choice(gk, tone, set())
            placed = [(len(p.body), choice[0])] if choice and ce.count_emoji(p.body) == 0 else []
        covered += bool(placed)
        for end, e in placed:
            j = judge(p.body, end, e, row)
            n += 1
            kept += j["kept"]
            inside += j["inside_name"]
            mid += not j["at_clause_end"]
            by_lang.setdefault(row["language"], [0, 0])
            by_lang[row["language"]][0] += j["kept"]
            by_lang[row["language"]][1] += 1
            if not j["kept"] and len(misses) < 25:
                misses.append({"id": row["id"], "text": p.body[:end] + " " + e + p.body[end:]})
    return {"captions": len(rows), "placements": n, "kept_share": round(kept / max(1, n), 4),
            "inside_title_artist_or_mention": inside, "not_at_a_clause_end": mid,
            "captions_with_an_emoji": round(covered / max(1, len(rows)), 4),
            "kept_share_by_language": {k: round(a / max(1, b), 4) for k, (a, b) in sorted(by_lang.items())},
            "not_kept": misses}


def main() -> int:
    files = {"caption_emoji_dev.tsv": read(DATA / "caption_emoji_dev.tsv"),
             "caption_emoji_eval.tsv": read(DATA / "caption_emoji_eval.tsv")}
    dev = [r for rows in files.values() for r in rows]
    held = read(DATA / "caption_emoji_heldout.tsv")
    result = {"method": "core.captions.emoji.plan: clause ends only, names protected, concept of the whole "
                        "clause (models/captions/emoji_concepts.json); a positive concept is vetoed by a "
                        "negative clause sentiment only when the caption names heartbreak, sadness or loss, "
                        "whose explicit phrases are never vetoed; no hype emoji once a clause names them",
              "held_out": run(held, "model"),
              "development": {"all": run(dev, "model"), **{k: run(v, "model") for k, v in files.items()}},
              "baseline_genre_emoji_at_end": {"held_out": run(held, "baseline"), "development": run(dev, "baseline")},
              "goal": {"kept_share": 0.9, "inside_title_artist_or_mention": 0},
              "data": "held out: training/data/caption_emoji_heldout.tsv (159 captions, written before the "
                      "errors were looked at, never tuned on); development: caption_emoji_dev.tsv and "
                      "caption_emoji_eval.tsv (tuned on); all written for this project",
              "max_emoji_per_caption": MAX_EMOJI,
              "before_development_tuning": {
                  "held_out_kept_share": PREVIOUS_HELD_OUT, "commit": "e6af53a",
                  "how": "this script's run() on the held-out set with core/captions/emoji.py and "
                         "emoji_concepts.json as of that commit (the model before session 7's tuning on the "
                         "development set), measured once beside the run recorded here"}}
    for k, r in (("held_out", result["held_out"]), ("development", result["development"]["all"])):
        print(f"{k}: {r['captions']} captions, {r['placements']} placements, kept {r['kept_share']}, "
              f"inside names {r['inside_title_artist_or_mention']}, mid-sentence {r['not_at_a_clause_end']}, "
              f"coverage {r['captions_with_an_emoji']}, by language {r['kept_share_by_language']}")
    b = result["baseline_genre_emoji_at_end"]["held_out"]
    print(f"baseline held out: kept {b['kept_share']} of {b['placements']}")
    path = ROOT / "models" / "captions" / "metrics.json"
    metrics = json.loads(path.read_text(encoding="utf-8"))
    metrics["emoji_placement"] = result
    path.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
