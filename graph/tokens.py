"""One list of a Doc's tokens, and indexes of its parse, shared by the extraction passes over a document.

spaCy builds a new Token object on every ``doc[i]`` and on every iteration, a new
Span on every ``doc[a:b]``, ``token.sent``, ``doc.sents`` and ``doc.ents``, and looks
a token's strings up anew on every ``token.lower_``; the extraction walks each
document about a dozen times, which made these its largest costs. Indexing one list
per document (of tokens, children, sentences, entity spans and each word's strings)
avoids that; every index answers exactly what spaCy's own attribute does.
"""

from __future__ import annotations

_current: tuple = (None, [], {})


def _cached(doc) -> tuple:
    """Return (doc, its tokens, {per-document memo}), rebuilt when the document changes."""
    global _current
    cached = _current  # a local copy: another thread (a Dask worker's) may swap the cache meanwhile
    if cached[0] is not doc:
        cached = (doc, list(doc), {})
        _current = cached
    return cached


def tokens(doc) -> list:
    """Return the Doc's tokens as a list, built once per document (the last Doc is cached)."""
    cached = _current  # (the usual case inline: the rules ask for the list thousands of times a document)
    return cached[1] if cached[0] is doc else _cached(doc)[1]


def doc_memo(doc) -> dict:
    """Return a dict for facts computed once per document (cleared when the document changes)."""
    cached = _current
    return cached[2] if cached[0] is doc else _cached(doc)[2]


def sentences(doc) -> list:
    """Return the Doc's sentence Spans, found once per document (``doc.sents`` walks the parse and
    builds every Span anew on each pass)."""
    memo = doc_memo(doc)
    found = memo.get("sents")
    if found is None:
        found = memo["sents"] = list(doc.sents)
    return found


def ner_spans(doc) -> tuple:
    """Return the Doc's named-entity Spans, found once per document (``doc.ents`` builds every Span
    anew on each call)."""
    memo = doc_memo(doc)
    found = memo.get("ents")
    if found is None:
        found = memo["ents"] = doc.ents
    return found


def sentence_of(token):
    """Return the token's sentence Span, the document's sentences found once (``token.sent``
    walks the parse on every call)."""
    memo = doc_memo(token.doc)
    spans = memo.get("sentences")
    if spans is None:
        spans = memo["sentences"] = [sent for sent in sentences(token.doc) for _ in range(sent.start, sent.end)]
    return spans[token.i]


def children(token) -> list:
    """Return the token's syntactic children in order, as ``token.children`` yields them, from one
    index of the parse built per document (``.children`` walks the parse and builds new Tokens on
    every call, and the rules ask for the children of the same words many times). Do not change
    the list: it is shared."""
    doc, cached = token.doc, _current  # (doc_memo inline: this is asked hundreds of times a document)
    memo = cached[2] if cached[0] is doc else _cached(doc)[2]
    found = memo.get("children")
    if found is None:
        toks = tokens(doc)
        found = memo["children"] = [[] for _ in toks]
        for t in toks:  # (in order, so each list is in the order spaCy yields them)
            head = t.head.i
            if head != t.i:
                found[head].append(t)
    return found[token.i]


def lefts(token) -> list:
    """Return the token's children before it, as ``token.lefts`` yields them (from the shared index)."""
    return [c for c in children(token) if c.i < token.i]


def text_of(doc, start: int, end: int) -> str:
    """Return what ``doc[start:end].text`` returns, from the document's shared tokens: a Span costs
    more to build than its few words, and names and titles are read this way many times a document."""
    words = tokens(doc)[start:end]  # (a list slice reads the bounds as spaCy's slice does)
    if not words:
        return ""
    return "".join([t.text_with_ws for t in words[:-1]]) + words[-1].text  # (no space after the last)


def written_in(doc, phrase: str) -> bool:
    """Return False when no run of the document's words spells ``phrase`` (lower case, no spaces),
    a cheap test before looking for it span by span: the words' lower-case forms joined once per
    document hold every such phrase any span's text holds (``doc.text`` would join whole Tokens)."""
    memo = doc_memo(doc)
    joined = memo.get("joined")
    if joined is None:
        joined = memo["joined"] = "".join(facts(doc).lower)  # (spaCy's lower form is str.lower of the word)
    return phrase in joined


def sentence_tokens(sent) -> list:
    """Return the tokens of a sentence Span from its Doc's shared list."""
    return tokens(sent.doc)[sent.start : sent.end]


class Facts:
    """A Doc's per-token strings as plain lists, read once: spaCy's ``token.lower_``,
    ``.pos_`` and the rest look the string up anew on every access, and the hot loops
    (every token of every sentence, in several passes) read them many times over."""

    __slots__ = ("text", "lower", "lemma", "pos", "tag", "dep")

    def __init__(self, toks: list) -> None:
        self.text = [t.text for t in toks]
        self.lower = [t.lower_ for t in toks]
        self.lemma = [t.lemma_.lower() for t in toks]
        self.pos = [t.pos_ for t in toks]
        self.tag = [t.tag_ for t in toks]
        self.dep = [t.dep_ for t in toks]


def facts(doc) -> Facts:
    """Return the Doc's per-token string facts, built once per document."""
    cached = _current  # (doc_memo inline: this is asked hundreds of times a document)
    memo = cached[2] if cached[0] is doc else _cached(doc)[2]
    found = memo.get("facts")
    if found is None:
        found = memo["facts"] = Facts(tokens(doc))
    return found


def sentence_words(sent) -> frozenset[str]:
    """Return the lower-case forms and lemmas of a sentence's words, found once per sentence."""
    memo = doc_memo(sent.doc)
    key = ("words", sent.start, sent.end)  # (the end too: a caller may pass a span of several sentences)
    found = memo.get(key)
    if found is None:
        f = facts(sent.doc)
        found = memo[key] = frozenset(f.lower[sent.start : sent.end]) | frozenset(f.lemma[sent.start : sent.end])
    return found


def opens_sentence(token) -> bool:
    """Return True for a sentence's first word (after the spaces a blanked dateline leaves)."""
    doc = token.doc
    return token.is_sent_start or token.i > 0 and doc[token.i - 1].is_space and doc[token.i - 1].is_sent_start


def opening(doc) -> list:
    """Return the story's opening tokens: its first sentence, and the next one when the first is a
    short headline (found once per document)."""
    memo = doc_memo(doc)
    found = memo.get("opening")
    if found is None:
        following = iter(sentences(doc))
        first = next(following, None)
        found = list(first) if first is not None else []
        if first is not None and "\n" not in first.text.strip():  # (else a headline and the lede parsed as one)
            second = next(following, None)
            found += list(second) if second is not None and len(first) < 25 else []
            if second is not None and len(first) < 25 and len(second) < 4 and second[-1].text not in (".", "!", "?"):
                # (the lede's first words the parser cut off: "Headline | Welsh | Premiership side X
                # have sacked ...": the lede runs on)
                third = next(following, None)
                found += list(third) if third is not None else []
        memo["opening"] = found
    return found


def earlier_alike(token):
    """Yield the document's earlier tokens with the token's lemma and part of speech, nearest first
    ("the board" ... "The board of X"; "the messages" ... "text messages")."""
    lemma, pos = token.lemma_.lower(), token.pos_
    for earlier in reversed(tokens(token.doc)[: token.i]):
        if earlier.pos_ == pos and earlier.lemma_.lower() == lemma:
            yield earlier
