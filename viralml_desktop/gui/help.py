"""The user guide: one Help page per tab (what it measures, what to do with it, its limits), in
the interface language. Help → *Help for this tab* (F1) opens the visible tab's page; Help →
*User guide* lists them all.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

CONTEXT = "help"

# tab key -> (what it measures, what to do with it, limits); HTML fragments marked for translation
PAGES: dict[str, tuple[str, str, str]] = {
    "virality": (
        QT_TRANSLATE_NOOP("help", "A virality score from 0 to 100 % for a video before you post it, with a confidence "
                                  "and four factors: visual appeal (brightness, colour, faces, cuts, text on screen), "
                                  "audio quality (loudness, clipping, the hook in the first seconds), trend alignment "
                                  "(tempo, duration and cut rate against videos doing well now) and genre popularity. "
                                  "Each factor says why it scored as it did."),
        QT_TRANSLATE_NOOP("help", "Drop the video, set the genre and the platform, press Analyze. Work first on the "
                                  "weakest factor: its reason names what to change (a louder mix, a hook earlier, "
                                  "a shorter cut). Import your past videos with their views: from 10 on, the score "
                                  "learns from your own audience."),
        QT_TRANSLATE_NOOP("help", "A score is an estimate, not a promise: it cannot see what the algorithm, the timing "
                                  "or luck will do. Genre popularity covers six genres only. Until your own videos are "
                                  "imported, the score comes from published studies, not from your audience."),
    ),
    "thumbnails": (
        QT_TRANSLATE_NOOP("help", "How likely a thumbnail is to be clicked: a score out of 10 and a click probability, "
                                  "from faces, contrast, colour, readable text and clutter. It proposes improved "
                                  "versions (crop, brightness, text) and checks that each one really scores higher. "
                                  "Competitors' thumbnails can be ranked beside yours."),
        QT_TRANSLATE_NOOP("help", "Drop your thumbnail (and competitors' to compare), read the reasons, save the "
                                  "improved image if you like it. From a video, pick the best frames. Import a YouTube "
                                  "Studio export with its thumbnails to fit a model of your own channel."),
        QT_TRANSLATE_NOOP("help", "Without your channel's data, the click probability comes from published rules and "
                                  "studies; it does not know your title, your audience or the video. Improvements are "
                                  "suggestions: check that the result still looks like you."),
    ),
    "captions": (
        QT_TRANSLATE_NOOP("help", "Captions adapted to each platform (length, hashtags, emoji), hashtags ranked by the "
                                  "extra reach they are expected to bring, and the mood (sentiment) of the caption. "
                                  "The comments pane reads a batch of comments and says how many are positive, "
                                  "neutral and negative, and which emoji people use."),
        QT_TRANSLATE_NOOP("help", "Write your caption as you would post it, choose the platform, press Optimize. Tick "
                                  "the hashtags you want and copy the caption of each platform. Paste or open your "
                                  "comments to see how people react, and reply to the negative ones first."),
        QT_TRANSLATE_NOOP("help", "The caption is never translated. Hashtag reach is learned from public posts or from "
                                  "your imported history; it is a likely range, not a guarantee. The mood of short or "
                                  "ironic comments can be misread."),
    ),
    "posting_time": (
        QT_TRANSLATE_NOOP("help", "The best time to post on the planned day for your audience's countries, shown in "
                                  "your audience's local time first and in UTC, with the expected engagement against "
                                  "an average slot, the three best slots and a week heatmap."),
        QT_TRANSLATE_NOOP("help", "Add the countries of your audience (with a weight if some matter more), choose the "
                                  "platform and the day, press Predict. Import your post history in Account health: "
                                  "from 10 posts with a time of day, the answer learns from your own audience. Export "
                                  "the slot to your calendar (.ics)."),
        QT_TRANSLATE_NOOP("help", "Without your history, the times come from published studies of each platform. "
                                  "Differences of a few percent between slots are small: a good post matters more "
                                  "than the minute you post it."),
    ),
    "account_health": (
        QT_TRANSLATE_NOOP("help", "Whether your reach dropped in a way that looks like suppression (a \"shadowban\"), "
                                  "an engagement drop, a slow decline, a single flop or a viral spike, from the views "
                                  "and interactions of your past posts. It charts each post against your usual level "
                                  "and forecasts the views of the next posts."),
        QT_TRANSLATE_NOOP("help", "Import the export of your account's posts (CSV or Excel from TikTok, Instagram, "
                                  "YouTube or X). Read the verdict and what to do. Import again every few weeks: the "
                                  "same account is updated, never duplicated."),
        QT_TRANSLATE_NOOP("help", "It sees only the numbers in your export, not the platform's decisions: a drop can "
                                  "come from the season, the topic or the competition. The confidence is measured on "
                                  "labelled histories; with fewer than 20 posts the verdict is weak."),
    ),
    "affinity": (
        QT_TRANSLATE_NOOP("help", "How well two accounts fit for a collaboration, from 0 to 1 (low, medium or high "
                                  "potential): shared followers, audience sizes, engagement overlap, how similar the "
                                  "content is and, for artists in the Spotify sample, how similar they sound. It also "
                                  "predicts the likes, comments and shares per view of a joint post."),
        QT_TRANSLATE_NOOP("help", "Fill in what you know and leave the rest as unknown; add both artist names when "
                                  "they are on Spotify. Read the reasons to see which input pushes the score up or "
                                  "down before you reach out."),
        QT_TRANSLATE_NOOP("help", "The model was checked on real Spotify collaborations, not on social-media ones. "
                                  "Unknown inputs make the score less certain. A good fit does not replace a good song."),
    ),
    "release": (
        QT_TRANSLATE_NOOP("help", "The release kit: in one run, the video's virality score, thumbnail candidates taken "
                                  "from the video, scored, ranked and improved, a caption per platform within its "
                                  "limits, the best posting slot per platform in your audience's local times, and your "
                                  "history's forecast when an account is chosen, written to one folder (kit.json, "
                                  "thumbnails, captions, a calendar file and a PDF report). After posting, the report: "
                                  "the account's reach verdict, the post's views against its predicted final views, the "
                                  "comments' mood and what to do next, as a PDF."),
        QT_TRANSLATE_NOOP("help", "Before posting: drop the video, set the title, artist, genre, countries and "
                                  "platforms, choose your account if you imported one, press Prepare the kit. Copy each "
                                  "caption, open the calendar file for the slots, send the PDF to your team. After "
                                  "posting: import the new analytics export in Account health, choose the account, drop "
                                  "the post's comments, press Write the report."),
        QT_TRANSLATE_NOOP("help", "The kit puts together what the other tabs measure, with their limits: without an "
                                  "imported history the score is a base rate (the genre's, or of all genres for one the "
                                  "model lacks) and the slots come from "
                                  "published studies. Every number keeps its source in kit.json and in the PDF. Cancel "
                                  "leaves no folder behind."),
    ),
    "ml_health": (
        QT_TRANSLATE_NOOP("help", "What runs under the hood: which models are loaded, on which device, how long each "
                                  "kind of analysis takes, and how accurate each model measured on data it never saw, "
                                  "against a simple baseline."),
        QT_TRANSLATE_NOOP("help", "Look here when an analysis is slow or a score seems odd: a model that is not "
                                  "loaded, a slow device or a weak accuracy explain it. Export it when you report a "
                                  "problem."),
        QT_TRANSLATE_NOOP("help", "Accuracy figures come from the tests made when each model was trained; they say "
                                  "how good the model is on average, not on your next post."),
    ),
}


def tr(text: str) -> str:
    """``text`` in the interface language (context ``help``)."""
    return QCoreApplication.translate(CONTEXT, text)


def page_html(key: str, title: str) -> str:
    """The Help page of the tab ``key`` as HTML: its title and the three sections, translated.

    Raises
    ------
    KeyError
        When no page exists for ``key``.
    """
    what, todo, limits = PAGES[key]
    heads = (QCoreApplication.translate("help", "What it measures"),
             QCoreApplication.translate("help", "What to do with it"),
             QCoreApplication.translate("help", "Limits"))
    return f"<h2>{title}</h2>" + "".join(f"<h3>{h}</h3><p>{tr(t)}</p>" for h, t in zip(heads, (what, todo, limits)))


def guide_html(titles: dict[str, str]) -> str:
    """Every tab's page, one after the other (Help → User guide); ``titles``: key → shown title."""
    return "<hr>".join(page_html(k, titles.get(k, k)) for k in PAGES if k in titles)


class HelpDialog(QDialog):
    """A non-modal window showing a Help page (``browser`` holds the text)."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.resize(640, 560)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)

    def show_html(self, title: str, html: str) -> None:
        self.setWindowTitle(self.tr("Help — {title}").format(title=title))
        self.browser.setHtml(html)
        self.show()
        self.raise_()
