"""Per-request context carried in ContextVars, so logs and events can name the request."""

from __future__ import annotations

from contextvars import ContextVar

request_id_var: ContextVar[str] = ContextVar("wendu_request_id", default="")
tenant_id_var: ContextVar[str] = ContextVar("wendu_tenant_id", default="")
interview_id_var: ContextVar[str] = ContextVar("wendu_interview_id", default="")
