"""Schemathesis against the server's own OpenAPI spec: generated requests (valid and not)
never get a 500, and every answer matches the status codes and schemas the spec declares."""
from __future__ import annotations

import os
import tempfile

import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from viralml_desktop.api import server

# Bounded so the file stays within the area's test budget; bench/server_fuzz.py runs more.
EXAMPLES_PER_OPERATION = int(os.environ.get("VIRALML_FUZZ_EXAMPLES", "8"))
LOOPBACK = {"Host": "127.0.0.1"}

# Built at collection (pytest 9 breaks schemathesis' lazy fixture loader); the session's
# isolated config dir is already in force (tests/conftest.py).
_app = server.create_app(media_roots=[tempfile.mkdtemp(prefix="viralml-fuzz-media-")], request_timeout_s=20)
schema = schemathesis.openapi.from_asgi("/openapi.json", _app, headers=LOOPBACK)


def no_internal_error(ctx, response, case):
    """500 is the only code no input may cause. 501 (not built yet), 503 (model missing) and
    504 (deadline) are documented answers, checked by status_code_conformance."""
    if response.status_code == 500:
        raise AssertionError(f"500 Internal Server Error on {case.operation.label}: {response.text[:300]}")


@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, derandomize=True,
          phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
def test_no_server_error_and_answers_match_the_spec(case):
    case.call_and_validate(headers=LOOPBACK, checks=[no_internal_error, status_code_conformance,
                                                     content_type_conformance, response_schema_conformance])
