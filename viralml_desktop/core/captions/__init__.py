"""Captions: optimise a caption for one platform, research hashtags, read comment sentiment.

Three capabilities (``core/engine.py`` runs each module's ``run(request, progress)``):

- ``optimize``: ``optimize_caption`` — one caption in, the version for one platform out
  (hashtags, emoji, the platform's limits; the text is never rewritten or translated).
- ``hashtags``: ``research_hashtags`` — candidate hashtags ranked by expected lift on reach.
- ``comments``: ``analyze_comments`` — negative / neutral / positive per Spanish or English
  comment, and :func:`score_texts` for other capabilities.

Their parts:

- ``jobs``: the Captions tab's jobs (:func:`analyze_comments_file`).
- ``lift``: the hashtag lift model (empirical Bayes over an account's post history).
- ``limits``: each platform's caption limits and how it counts characters (:func:`measure`).
- ``parse``: a caption as written: hashtags, mentions, song title, artist, language.
- ``emoji``: emoji that fit a caption's words, genre and tone (Emoji Sentiment Ranking).

Importing this package loads none of them: each name loads its module on first use.
"""
import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submodules=["comments", "emoji", "hashtags", "jobs", "lift", "limits", "optimize", "parse"],
    submod_attrs={
        "comments": ["comments_from_text", "read_comments", "score_texts"],
        "hashtags": ["genre_key", "research"],
        "jobs": ["COMMENT_FILE_EXTENSIONS", "analyze_comments_file"],
        "lift": ["LiftModel", "TagLift", "account_model"],
        "limits": ["LIMITS", "PlatformLimits", "measure", "x_weighted_length"],
        "parse": ["ParsedCaption"],
    },
)
