"""ADTK's LevelShiftAD on many windows: the ADTK baseline of training/anomaly_eval.py.

Runs inside its own environment (training/adtk-requirements.txt: adtk 0.6.2 under pandas 2.2,
because adtk raises a TypeError under pandas 3); anomaly_eval.py calls it as a subprocess:

    training/.venv-adtk/bin/python training/adtk_levelshift.py < request.json > answer.json

Request: ``{"series": [[x0, x1, ...], ...], "grid": [{"c": 3.0, "window": 5}, ...]}``
(x = log1p views of one window, oldest first). Answer: ``{"adtk": "0.6.2", "pandas": "2.2.3",
"runs": [[[[first, last], ...] per series] per grid entry]}``: the runs of posts LevelShiftAD
flags with ``side="negative"`` (a level shift down).
"""
from __future__ import annotations

import json
import sys
import warnings

import numpy as np
import pandas as pd


def runs(x: np.ndarray, c: float, window: int) -> list[list[int]]:
    from adtk.data import validate_series
    from adtk.detector import LevelShiftAD

    s = validate_series(pd.Series(np.asarray(x, dtype=float),
                                  index=pd.date_range("2000-01-01", periods=len(x), freq="D")))
    flags = LevelShiftAD(c=c, side="negative", window=window).fit_detect(s)
    f = flags.fillna(False).to_numpy(dtype=bool)
    out, i, n = [], 0, len(f)
    while i < n:
        if f[i]:
            j = i
            while j + 1 < n and f[j + 1]:
                j += 1
            out.append([int(i), int(j)])
            i = j + 1
        else:
            i += 1
    return out


def main() -> None:
    import adtk

    warnings.filterwarnings("ignore")
    req = json.load(sys.stdin)
    series = [np.asarray(x, dtype=float) for x in req["series"]]
    res = []
    for g in req["grid"]:
        res.append([runs(x, float(g["c"]), int(g["window"])) for x in series])
    json.dump({"adtk": adtk.__version__, "pandas": pd.__version__, "runs": res}, sys.stdout)


if __name__ == "__main__":
    main()
