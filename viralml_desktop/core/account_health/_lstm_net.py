"""The LSTM of the views forecaster (torch; imported only when the model is first used).

One global network for every account: an LSTM over the last ``sequence_length`` posts
(the per-post features of :func:`viralml_desktop.core.account_health.forecast.features`),
whose last hidden state gives, for each of the next ``horizons`` posts, the 10 / 50 / 90 %
quantiles of log views relative to the window's level. The quantiles cannot cross: the
median is free, the outer two are the median minus / plus a softplus width.
"""
from __future__ import annotations

import torch
from torch import nn

QUANTILES = (0.1, 0.5, 0.9)


class QuantileLSTM(nn.Module):
    """LSTM encoder and a two-layer head giving ordered quantiles per horizon.

    Parameters
    ----------
    n_features : int
        Features per post (the width of the input).
    hidden_units : int
        LSTM and head width (``models.lstm.hidden_units`` of the configuration).
    horizons : int
        How many next posts are forecast.
    n_target_features : int
        Width of the per-window input the head gets beside the LSTM's last state.

    Notes
    -----
    ``forward(x, target)`` takes ``x`` of shape (batch, posts, n_features), float32, and
    ``target`` (batch, n_target_features) (what is known of the next posts: their expected
    weekday and the window's latest post on it), and returns
    (batch, horizons, 3): the 10, 50 and 90 % quantiles, in log1p views minus the window's
    level, non-decreasing along the last axis.
    """

    def __init__(self, n_features: int, hidden_units: int, horizons: int, n_target_features: int = 0):
        super().__init__()
        self.n_features, self.hidden_units, self.horizons = n_features, hidden_units, horizons
        self.n_target_features = n_target_features
        self.lstm = nn.LSTM(n_features, hidden_units, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden_units + n_target_features, hidden_units), nn.ReLU(),
                                  nn.Linear(hidden_units, horizons * 3))

    def forward(self, x: torch.Tensor, target: torch.Tensor | None = None) -> torch.Tensor:
        out, _ = self.lstm(x)
        h = out[:, -1] if target is None else torch.cat([out[:, -1], target], dim=1)
        z = self.head(h).view(-1, self.horizons, 3)
        mid = z[..., 1]
        lo = mid - nn.functional.softplus(z[..., 0])
        hi = mid + nn.functional.softplus(z[..., 2])
        return torch.stack([lo, mid, hi], dim=-1)


def pinball(pred: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """Mean pinball (quantile) loss of (batch, horizons, 3) quantiles against (batch, horizons) targets."""
    q = torch.tensor(QUANTILES, dtype=pred.dtype, device=pred.device)
    d = y.unsqueeze(-1) - pred
    return torch.maximum(q * d, (q - 1) * d).mean()
