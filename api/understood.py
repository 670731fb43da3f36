"""What a search query was read to name, as the HTTP API and the MCP tools both answer it."""
from __future__ import annotations

from pydantic import BaseModel, Field


class Understood(BaseModel):
    places: list[dict] = Field(description="Places named in the query: name, as written, kind, province")
    years: list[int]
    units: list[str] = Field(description="Responsibility units named in the query")
    applied: list[str] = Field(description="What the search did with them, in words")
