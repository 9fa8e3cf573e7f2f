"""Account health: reach drops in an account's post history, and one post's peak and final views.

Three capabilities of the engine (``engine.run``), each a module with a ``run(request, progress)``:

``anomaly``
    ``detect_anomaly``: reach drops ("shadowban"), engagement drops, gradual declines, flops
    and viral spikes in the account's own posts (robust statistics, tuned thresholds and
    measured confidence in ``models/anomaly/``).
``peak``
    ``predict_peak``: hour of peak views and final views of one post, with an 80 % interval
    (a decay curve fitted on the post's own series, or Szabo-Huberman on the account's posts).

``forecast``
    ``forecast_views``: the expected views of the account's next 1-5 posts with an 80 %
    interval (a global quantile LSTM in ``models/lstm/``, or the best baseline where the
    held-out evaluation says the LSTM does not beat it; numbers in ``forecast_math``).

and the Account health tab's pieces:

``history``
    Import of TikTok, YouTube Studio and Instagram exports (CSV / JSON) into the local store.
``jobs``
    The tab's jobs, one core function each: import then detect, detect for a stored account,
    list and delete stored accounts.

Importing this package loads none of them (``lazy_loader``): numpy, pandas and scipy load on
the first use of a name.
"""
import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submodules=["anomaly", "forecast", "forecast_math", "history", "jobs", "peak"],
    submod_attrs={
        "history": ["ImportReport", "import_file", "read_export"],
        "jobs": ["AccountReport", "ImportArgs", "delete_account", "detect_for_account", "import_and_detect",
                 "list_accounts"],
    },
)
