"""Exceptions of the graph layer; the API and CLI turn them into statuses and exit codes."""


class GraphError(Exception):
    """Base class."""


class StoreError(GraphError):
    """The store cannot be opened or reached."""


class QueryError(GraphError):
    """A malformed SPARQL query or update; the message is the parser's."""


class QueryTimeout(GraphError):
    """A query ran past its time limit and was stopped."""


class ReadOnlyQueryError(GraphError):
    """An update was sent where only queries are allowed."""
