"""Request/response schemas, one module per capability (CONTRACT.md)."""
from viralml_desktop.core.schemas.affinity import AffinityRequest, AffinityResponse  # noqa: F401
from viralml_desktop.core.schemas.anomaly import (  # noqa: F401
    AnomalyRequest,
    AnomalyResponse,
    PeakRequest,
    PeakResponse,
    PostRecord,
)
from viralml_desktop.core.schemas.captions import (  # noqa: F401
    CaptionRequest,
    CaptionResponse,
    CommentsRequest,
    CommentsResponse,
    HashtagRequest,
    HashtagResponse,
)
from viralml_desktop.core.schemas.forecast import ForecastRequest, ForecastResponse  # noqa: F401
from viralml_desktop.core.schemas.posting_time import PostingTimeRequest, PostingTimeResponse  # noqa: F401
from viralml_desktop.core.schemas.release import PrepareReleaseRequest, PrepareReleaseResponse  # noqa: F401
from viralml_desktop.core.schemas.release_report import ReleaseReportRequest, ReleaseReportResponse  # noqa: F401
from viralml_desktop.core.schemas.screenshot import ScreenshotRequest, ScreenshotResponse  # noqa: F401
from viralml_desktop.core.schemas.thumbnail import ThumbnailRequest, ThumbnailResponse  # noqa: F401
from viralml_desktop.core.schemas.virality import ViralityRequest, ViralityResponse  # noqa: F401
