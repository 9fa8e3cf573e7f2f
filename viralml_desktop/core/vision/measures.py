"""Measurements of one image (a thumbnail or a video frame), shared by the thumbnail and
virality capabilities. Pure OpenCV/numpy; each value is a measurement, not a score.

Text (OCR) is measured in :mod:`.text`; this module is the fast part that runs on every
sampled video frame too.
"""
from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, field
from typing import Optional

import cv2
import numpy as np

from viralml_desktop.core import registry

ANALYSIS_LONG_SIDE = 640  # measures are taken on a copy with this long side (speed, scale-free)


@dataclass
class Face:
    """A frontal face box.

    Attributes
    ----------
    x, y, w, h : int
        Top-left corner, width and height, in pixels of the image it is given for.
    share : float
        Box area / image area, 0–1.
    """
    x: int
    y: int
    w: int
    h: int
    share: float  # face box area / image area

    @property
    def center(self) -> tuple[float, float]:
        """The box centre (x, y), in pixels."""
        return (self.x + self.w / 2.0, self.y + self.h / 2.0)


@dataclass
class ImageMeasures:
    """The fast measures of one image. Each is a measurement, not a score.

    Attributes
    ----------
    width, height : int
        The image's size, in pixels.
    brightness : float
        Mean grey level, 0–255.
    contrast : float
        Grey standard deviation, 0 to about 128.
    saturation : float
        Mean HSV saturation, 0–255.
    colourfulness : float
        Hasler & Süsstrunk's M (:func:`colourfulness`); 0 for a grey image.
    sharpness : float
        Variance of the Laplacian of the grey image.
    clutter : float
        Share of pixels on a Canny edge, 0–1.
    warmth : float
        Mean red minus mean blue, -255 to 255.
    face_count : int
        Frontal faces found.
    largest_face_share : float
        Area of the largest face / image area, 0–1 (0 without a face).
    largest_face_position : (float, float) or None
        The largest face's centre as fractions of width and height; None without a face.
    subject_position : (float, float)
        The main subject's centre (the largest face, else the centroid of the strongest
        gradients), as fractions of width and height.
    thirds_distance : float
        Distance from the subject to the nearest rule-of-thirds intersection, in fractions of
        the sides, 0 to about 0.47.
    faces : list of Face
        The faces, largest first, in the image's own pixels.

    Notes
    -----
    All but ``width``, ``height`` and ``faces`` are measured on a copy whose long side is at
    most ``ANALYSIS_LONG_SIDE`` (640) pixels, so that they do not depend on the resolution.
    """
    width: int
    height: int
    brightness: float  # mean grey level, 0..255
    contrast: float  # grey standard deviation, 0..~128
    saturation: float  # mean HSV saturation, 0..255
    colourfulness: float  # Hasler & Süsstrunk (2003) M metric
    sharpness: float  # variance of the Laplacian on the analysis copy
    clutter: float  # Canny edge density, 0..1
    warmth: float  # mean (R - B), -255..255
    face_count: int
    largest_face_share: float  # 0..1 of the image area
    largest_face_position: tuple[float, float] | None  # centre, as fractions of width/height
    subject_position: tuple[float, float]  # main subject centre, fractions
    thirds_distance: float  # distance of the subject to the nearest third intersection, 0..~0.47
    faces: list[Face] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Plain values (faces as dicts)."""
        return asdict(self)


def resize_long_side(img: np.ndarray, long_side: int = ANALYSIS_LONG_SIDE) -> np.ndarray:
    """Shrink an image so that its long side is at most ``long_side`` pixels.

    Parameters
    ----------
    img : (H, W) or (H, W, C) array
        The image, any dtype OpenCV resizes.
    long_side : int
        The largest side wanted, in pixels (640 by default).

    Returns
    -------
    (H', W'[, C]) array
        A copy shrunk with area interpolation, aspect kept; ``img`` itself (not a copy) when
        it is already small enough. Never enlarged.
    """
    h, w = img.shape[:2]
    s = long_side / float(max(h, w))
    if s >= 1.0:
        return img
    return cv2.resize(img, (max(1, round(w * s)), max(1, round(h * s))), interpolation=cv2.INTER_AREA)


def colourfulness(bgr: np.ndarray) -> float:
    """Colourfulness of an image, Hasler & Süsstrunk's M metric.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The image.

    Returns
    -------
    float
        ``sqrt(σ_rg² + σ_yb²) + 0.3 · sqrt(μ_rg² + μ_yb²)`` over the opponent components
        ``rg = R − G`` and ``yb = (R + G) / 2 − B``; 0 for a grey image, about 15 "slightly
        colourful", about 59 "quite colourful" (the thresholds the thumbnail rules use).

    References
    ----------
    .. [1] Hasler & Süsstrunk, "Measuring colourfulness in natural images", SPIE Human Vision
           and Electronic Imaging, 2003.
    """
    b, g, r = [c.astype(np.float32) for c in cv2.split(bgr)]
    rg = r - g
    yb = 0.5 * (r + g) - b
    std = np.sqrt(rg.std() ** 2 + yb.std() ** 2)
    mean = np.sqrt(rg.mean() ** 2 + yb.mean() ** 2)
    return float(std + 0.3 * mean)


_CASCADE_LOCK = threading.Lock()
YOLO_LOCK = threading.Lock()
"""Held around every YOLO ``predict`` on the shared model: ultralytics' predictor keeps per-call
state (image size, batch) and is not safe to call from two threads at once (the release kit runs
the virality and thumbnail stages side by side; the server runs requests in parallel)."""


def detect_faces(grey: np.ndarray) -> list[Face]:
    """Frontal faces, with OpenCV's Haar cascade.

    Parameters
    ----------
    grey : (H, W) uint8 array
        A grey image (histogram-equalised here before the search).

    Returns
    -------
    list of Face
        Largest first, in ``grey``'s pixels, ``share`` relative to its area.

    Raises
    ------
    ModelUnavailable
        The ``face_haar`` entry of the model table (the cascade shipped in ``cv2.data``)
        cannot be loaded.

    Notes
    -----
    ``haarcascade_frontalface_default.xml`` with scale factor 1.1, 6 neighbours and a
    smallest face of 6 % of the short side (at least 20 pixels): profiles, masked and very
    small faces are not found (models/thumbnail/MODEL_CARD.md). The shared cascade is called
    under a lock: OpenCV's ``detectMultiScale`` on one classifier from two threads at once (the
    release kit's virality and thumbnail stages, the server's parallel requests) corrupts its
    state and raises.
    """
    clf = registry.get("face_haar")
    h, w = grey.shape[:2]
    min_side = max(20, int(min(h, w) * 0.06))
    equalized = cv2.equalizeHist(grey)
    with _CASCADE_LOCK:  # one CascadeClassifier is not safe to call from two threads at once
        boxes = clf.detectMultiScale(equalized, scaleFactor=1.1, minNeighbors=6, minSize=(min_side, min_side))
    faces = [Face(int(x), int(y), int(bw), int(bh), float(bw * bh) / float(w * h)) for x, y, bw, bh in boxes]
    return sorted(faces, key=lambda f: f.share, reverse=True)


_THIRDS = [(a, b) for a in (1 / 3, 2 / 3) for b in (1 / 3, 2 / 3)]


def _subject_centre(grey: np.ndarray, faces: list[Face]) -> tuple[float, float]:
    h, w = grey.shape[:2]
    if faces:
        cx, cy = faces[0].center
        return cx / w, cy / h
    # No face: the centroid of strong gradients stands in for the main subject.
    gx = cv2.Sobel(grey, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(grey, cv2.CV_32F, 0, 1, ksize=3)
    # numpy, not cv2.magnitude: OpenCV's gives some pixels another last bit depending on how its worker
    # threads split the image (the first calls of a process, before its thread pool runs, round apart from
    # later ones), which moved the subject of the same image by up to ~1e-4 (a rule's points by 0.01)
    mag = np.sqrt(gx * gx + gy * gy)
    mag[mag < np.percentile(mag, 90)] = 0
    m = cv2.moments(mag)  # the weighted centroid, without the two index grids numpy would build
    if m["m00"] <= 0:
        return 0.5, 0.5
    return m["m10"] / m["m00"] / w, m["m01"] / m["m00"] / h


def _scaled(faces: list[Face], s: float) -> list[Face]:
    return [Face(round(f.x * s), round(f.y * s), round(f.w * s), round(f.h * s), f.share) for f in faces]


def measure(bgr: np.ndarray, with_faces: bool = True, face_long_side: Optional[int] = None,
            known_faces: Optional[list[dict]] = None) -> ImageMeasures:
    """All the fast measures of one image.

    Parameters
    ----------
    bgr : (H, W, 3) uint8 array, BGR
        The image, in its own size.
    with_faces : bool
        Look for faces (False: ``face_count`` is 0 and the subject is the gradient centroid).
    face_long_side : int, optional
        Look for faces on a copy with this long side, in pixels. The Haar cascade's cost grows
        with the pixel count; at 480 px faces under ~7% of the short side are missed, which the
        video check accepts for 12 frames in ~40% of the time.
    known_faces : list of dict, optional
        Face boxes already found in this image's geometry (``ImageMeasures.faces`` as dicts,
        in the image's pixels), used instead of looking again.

    Returns
    -------
    ImageMeasures
        Exposure, contrast, saturation, colourfulness, sharpness, clutter, warmth, faces and
        composition.

    Raises
    ------
    ValueError
        ``bgr`` is not an (H, W, 3) array.
    ModelUnavailable
        Faces are looked for and the Haar cascade cannot be loaded.

    Notes
    -----
    Measured on a copy whose long side is at most 640 pixels: grey mean and standard
    deviation, mean HSV saturation, Hasler & Süsstrunk's colourfulness, variance of the
    Laplacian (Pech-Pacheco et al. 2000), Canny edge density (thresholds 100 and 200) and
    mean R − B. The subject is the largest face, else the magnitude-weighted centroid of the
    strongest 10 % of Sobel gradients; its distance to the nearest of the four thirds intersections is the
    composition measure.
    """
    if bgr.ndim != 3 or bgr.shape[2] != 3:
        raise ValueError("expected an H×W×3 BGR image")
    H, W = bgr.shape[:2]
    small = resize_long_side(bgr)
    grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    hsv = cv2.cvtColor(small, cv2.COLOR_BGR2HSV)
    edges = cv2.Canny(grey, 100, 200)
    faces: list[Face] = []
    if known_faces is not None:
        s = small.shape[1] / float(W)
        faces = sorted(_scaled([Face(**f) for f in known_faces], s), key=lambda f: f.share, reverse=True)
    elif with_faces:
        face_grey = grey if face_long_side is None else resize_long_side(grey, face_long_side)
        faces = _scaled(detect_faces(face_grey), grey.shape[1] / face_grey.shape[1])
    sx, sy = _subject_centre(grey, faces)
    thirds = min(float(np.hypot(sx - a, sy - b)) for a, b in _THIRDS)
    mean_b, _, mean_r, _ = cv2.mean(small)
    scale = W / float(small.shape[1])
    faces_full = _scaled(faces, scale)
    return ImageMeasures(
        width=W,
        height=H,
        brightness=float(grey.mean()),
        contrast=float(grey.std()),
        saturation=float(hsv[:, :, 1].mean()),
        colourfulness=colourfulness(small),
        sharpness=float(cv2.Laplacian(grey, cv2.CV_64F).var()),
        clutter=float((edges > 0).mean()),
        warmth=float(mean_r - mean_b),
        face_count=len(faces),
        largest_face_share=faces[0].share if faces else 0.0,
        largest_face_position=((faces[0].center[0] / small.shape[1], faces[0].center[1] / small.shape[0])
                               if faces else None),
        subject_position=(sx, sy),
        thirds_distance=thirds,
        faces=faces_full,
    )
