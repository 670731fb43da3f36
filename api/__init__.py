"""HTTP API and command line over policykg.graph and policykg.ingest."""
__version__ = "0.1.0"
