"""Turn Chinese policy documents into clauses, entities and references (no RDF here)."""
