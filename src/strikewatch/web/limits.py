"""What one request may ask of the server (see README, "No request can pin it"); module-level so
that every router's parameter bounds can name them."""
from __future__ import annotations

PAGE_SIZE = 50  # rows of the events table, happenings of a chronology page
API_PAGE_SIZE = 100  # /api/events without `limit`
MAX_API_LIMIT = 5000  # the map asks for this many at once
MAX_OFFSET = 10**9  # SQLite takes 64-bit integers; a larger offset is a mistake, not a page
MAX_PAGE = MAX_OFFSET // PAGE_SIZE
QUERY_SECONDS = 2.0  # a search or event query that runs longer is stopped (SQLite progress handler)
