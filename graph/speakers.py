"""Who speaks a quotation: "I" and "we" inside quotation marks are its speaker.

'"I am proud to endorse Zohran Mamdani," Kamala Harris said.' states that Harris
endorsed Mamdani: a reader takes "I" to be whoever the attribution names. The
speaker is the subject of the speech verb the quotation hangs from ("said",
"told reporters", "wrote"); a quotation that runs on into the next sentence
without an attribution keeps the last speaker. "We" is the speaker only when the
speaker is an organisation or a place ('"We will sue," the union said').
"""

from __future__ import annotations

from graph.coref import Resolver
from graph.lexicon import Lexicon
from graph.tokens import children, facts, sentence_of, tokens

FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
_OPENING = frozenset({"“", "«", "„"})
_CLOSING = frozenset({"”", "»"})


def quotation_spans(doc) -> list[tuple[int, int]]:
    """Return (first token, one past the last) of each quotation; a paragraph break closes one."""
    spans: list[tuple[int, int]] = []
    start = None
    texts = facts(doc).text
    for token in tokens(doc):
        text = texts[token.i]
        if start is not None and token.is_space and "\n" in text:
            spans.append((start, token.i))
            start = None
        elif text in _OPENING or (text == '"' and start is None):
            start = token.i + 1
        elif start is not None and (text in _CLOSING or text == '"'):
            spans.append((start, token.i))
            start = None
    if start is not None:
        spans.append((start, len(doc)))
    return [(a, b) for a, b in spans if b > a]


def resolve_speakers(doc, resolver: Resolver, lexicon: Lexicon) -> None:
    """Point first-person pronouns inside quotations at the quotation's speaker."""
    last: tuple[int, int] | None = None  # (speaker entity, sentence start of its quotation)
    for start, end in quotation_spans(doc):
        speaker = _speaker(doc, start, end, resolver, lexicon)
        sent_start = sentence_of(doc[start]).start
        if speaker is None and last is not None and _follows(doc, last[1], sent_start):
            speaker = last[0]  # a quotation running on without a new attribution
        if speaker is None:
            last = None
            continue
        last = (speaker, sent_start)
        kind = resolver.entities[speaker].type
        for token in doc[start:end]:
            lower = token.lower_
            if token.i in resolver.refs or token.pos_ != "PRON":
                continue
            if lower in FIRST_SINGULAR and kind == "PERSON" or lower in FIRST_PLURAL and kind in ("ORG", "GPE", "NORP"):
                resolver.refs[token.i] = (speaker,)
                resolver.how[token.i] = "speaker"


def _follows(doc, earlier: int, later: int) -> bool:
    """Return True when sentence ``later`` is the one after ``earlier`` (or the same)."""
    sentences = [s.start for s in doc[earlier:].sents][:2] if earlier < len(doc) else []
    return later in sentences


def _speaker(doc, start: int, end: int, resolver: Resolver, lexicon: Lexicon) -> int | None:
    """Return the entity the attribution of the quotation [start, end) names, if any."""
    inside = range(start, end)
    verbs = []
    for token in doc[start:end]:
        node = token
        for _ in range(12):
            if node.i not in inside:
                break
            if node.head.i == node.i:
                node = None
                break
            node = node.head
        if node is not None and node.i not in inside:
            verbs.append(node)
    if not verbs:  # the quotation is the whole clause: look for "she said" in its sentence
        sentence = sentence_of(doc[start])
        verbs = [t for t in sentence if t.i not in inside and t.lemma_.lower() in lexicon.speech_verbs]
    for verb in verbs:
        if verb.lemma_.lower() not in lexicon.speech_verbs:
            continue
        for subject in children(verb):
            if subject.dep_ == "nsubj" and subject.i not in inside:
                found = resolver.resolve(subject)
                if len(found) == 1:
                    return found[0]
        return None
    return None
