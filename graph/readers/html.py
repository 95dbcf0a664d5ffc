"""Web pages: decoded HTML -> a Document of the article text, with title, date and author.

trafilatura finds the article among navigation, adverts and comments, and reads
the page's metadata (``<title>``, Open Graph, JSON-LD, ``<time>``). It works on
the given markup only: nothing is fetched.
"""

from __future__ import annotations

from graph.errors import InputError
from graph.readers.dates import iso_date
from graph.records import Document


def read_html(html: str, name: str, path: str = "") -> Document:
    """Return the Document of a web page's article, or raise InputError when it has no text."""
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True, include_comments=False,
                                        include_tables=False)
    text = (found.text if found else "") or ""
    if not text.strip():
        text = trafilatura.html2txt(html) or ""  # pages too short for trafilatura's article heuristics
    if not text.strip():
        raise InputError("no article text found in the HTML page")
    title = (found.title if found else "") or ""
    return Document(
        id=name,
        text=text.strip() + "\n",
        path=path,
        title=title.strip(),
        date=iso_date(found.date if found else ""),
        author=((found.author if found else "") or "").strip(),
        source=((found.sitename if found else "") or "").strip(),
        url=((found.url if found else "") or "").strip(),
    )
