"""Affinity: how well two accounts fit for a collaboration (capability ``calculate_affinity``).

``calculate``
    The capability, ``run(request, progress)``: a monotone logistic score of content similarity
    and fan overlap, a low / medium / high collaboration potential, and the account's like,
    comment and share probabilities per view (its imported history, else published benchmarks).
``model``
    The model's pieces, shared with ``training/affinity_train.py`` so that training and the app
    compute features alike: pair features (text, genre, audio and audience overlap), the
    sign-constrained logistic fit, the shipped weights and the Spotify artist profiles
    (``models/affinity/MODEL_CARD.md``).

Importing this package loads neither (``lazy_loader``); the sentence embedder loads only when
two accounts' texts are compared.
"""
import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submodules=["calculate", "model"],
    submod_attrs={
        "model": ["AffinityWeights", "ArtistTable", "PairModel", "audience_overlap", "audio_similarity",
                  "fit_logistic", "genre_overlap", "text_similarity"],
    },
)
