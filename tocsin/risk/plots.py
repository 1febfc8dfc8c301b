"""ROC and recall curves of would-be forecasts, written as PNG files (matplotlib, Agg)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: the harness runs on servers without a display

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.metrics import roc_curve  # noqa: E402

from tocsin.risk.scoring import scored_rows  # noqa: E402


def roc_plot(would_be: Mapping[str, pd.DataFrame], path: Path) -> Path:
    fig, ax = plt.subplots(figsize=(6, 6))
    for name, frame in would_be.items():
        rows = scored_rows(frame)
        fpr, tpr, _ = roc_curve(rows["mk_onset"].astype(int), rows["maxrisk2"])
        ax.plot(fpr, tpr, label=name)
    ax.plot([0, 1], [0, 1], color="grey", linestyle=":", linewidth=1)
    ax.set(xlabel="false positive rate", ylabel="true positive rate (onsets)")
    ax.set_title("ROC of would-be forecasts (EWP FOOS protocol)")
    ax.legend(loc="lower right")
    return _save(fig, path)


def recall_plot(would_be: Mapping[str, pd.DataFrame], path: Path, depth: int = 60) -> Path:
    """Share of onsets whose country was in the top k in one of the two prior years."""
    fig, ax = plt.subplots(figsize=(7, 5))
    ks = np.arange(1, depth + 1)
    for name, frame in would_be.items():
        onsets = scored_rows(frame).query("mk_onset == 1")["minrank2"].to_numpy()
        ax.step(ks, [(onsets <= k).mean() for k in ks], where="post", label=name)
    for k in (10, 20, 30):
        ax.axvline(k, color="grey", linestyle=":", linewidth=1)
    ax.set(xlabel="top k countries watched each year", ylabel="share of onsets caught", ylim=(0, 1))
    ax.set_title("Recall of onsets by watch-list length (EWP FOOS protocol)")
    ax.legend(loc="lower right")
    return _save(fig, path)


def _save(fig: plt.Figure, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
