"""Command line: `analysis extract CORPUS_DIR --out OUT_DIR`, `analysis evaluate CORPUS_DIR GOLD`
and `analysis render`."""

from __future__ import annotations

import argparse
import functools
import logging
import os
import sys
from pathlib import Path

import pandas as pd

from analysis.actor_scoring import actor_report_lines, evaluate_actors
from analysis.extract.actors import RegistryError
from analysis.extract.cluster import ClusterError, cluster_client
from analysis.extract.corpus import CorpusError, load_corpus, parse_columns
from analysis.extract.parse import DEFAULT_MODEL, ModelNotFoundError
from analysis.extract.pipeline import extract
from analysis.render import RenderError, render_notebooks, render_paths
from analysis.scoring import evaluate, report_lines, summarise
from analysis.snapshot import CorpusSnapshot
from analysis.tables import TABLE_FORMATS

# What starts a formula in a spreadsheet cell (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class OutputError(Exception):
    """The output files could not be written (full disk, no permission); OUT is unchanged."""


# User mistakes that get one line on stderr instead of a traceback.
USER_ERRORS = (CorpusError, ModelNotFoundError, RegistryError, FileNotFoundError, ValueError,
               RenderError, OutputError, ClusterError)


def _neutralise(value: object) -> object:
    """`value` with a `'` in front when it is a string a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def spreadsheet_safe(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of `table` whose text cells cannot start a spreadsheet formula.

    Args:
        table: any table.

    Returns:
        The table with `'` prefixed to every string cell that starts with one of
        `FORMULA_STARTS`; numbers, dates and missing values are unchanged.
    """
    safe = table.copy()
    for column in safe.columns:
        if pd.api.types.is_object_dtype(safe[column]) or pd.api.types.is_string_dtype(
                safe[column]):
            safe[column] = safe[column].map(_neutralise)
    return safe


def _missing_folders(folder: Path) -> list[Path]:
    """`folder` and those of its parents that do not exist yet, deepest first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def _stage(writers: dict, out: Path) -> dict[Path, Path]:
    """Run each writer on a temporary file in `out`; on any failure remove them all and raise.

    Args:
        writers: final path -> function writing the file to the path it is given.
        out: the (existing) output folder.

    Returns:
        Final path -> its written temporary file.
    """
    staged: dict[Path, Path] = {}
    try:
        for path, write in writers.items():
            staged[path] = out / f".{path.stem}.{os.getpid()}.tmp{path.suffix}"
            write(staged[path])
    except BaseException:
        for temporary in staged.values():
            temporary.unlink(missing_ok=True)
        raise
    return staged


def _write_all(writers: dict, out: Path) -> list[Path]:
    """Write every file of `writers` into `out`, all or none (see `write_tables`)."""
    created = _missing_folders(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        staged = _stage(writers, out)
    except OSError as error:
        for folder in created:
            if folder.exists() and not any(folder.iterdir()):
                folder.rmdir()
        raise OutputError(f"could not write the tables to {out} ({error}); "
                          "nothing in it was changed") from error
    for path, temporary in staged.items():
        os.replace(temporary, path)
    return list(staged)


def write_tables(corpus, extraction, out: Path, *, raw_csv: bool = False,
                 fmt: str = "csv") -> list[Path]:
    """Write every table of a corpus and its extraction as CSV (or Parquet), and the network
    as GEXF.

    All files are first written to temporary files in `out` and renamed into place only when
    every one is written, so a failure leaves `out` as it was.

    Args:
        corpus: the loaded `Corpus`.
        extraction: its `Extraction`.
        out: the output folder (created).
        raw_csv: write text cells as they are; by default a cell that a spreadsheet would run
            as a formula gets a leading `'` (see `spreadsheet_safe`).
        fmt: `csv` or `parquet` (`TABLE_FORMATS`); Parquet cells are always written as they are.

    Returns:
        The paths written.

    Raises:
        OutputError: a file could not be written (full disk, no permission).
    """
    from analysis.views.network import build_network, write_network

    tables = {
        "articles": extraction.articles, "report": corpus.report, "removed": corpus.removed,
        "mentions": extraction.mentions, "actors": extraction.actors,
        "interactions": extraction.interactions, "meetings": extraction.meetings,
        "merges": extraction.merges, "roles": extraction.roles,
    }
    if fmt == "parquet":
        writers = {out / f"{name}.parquet": functools.partial(table.to_parquet, index=False)
                   for name, table in tables.items()}
    else:
        writers = {out / f"{name}.csv": functools.partial(
            (table if raw_csv else spreadsheet_safe(table)).to_csv, index=False)
            for name, table in tables.items()}
    graph = build_network(extraction.interactions, actor_table=extraction.actors)
    writers[out / "network.gexf"] = functools.partial(write_network, graph)
    return _write_all(writers, out)


def _extract_command(args: argparse.Namespace) -> int:
    columns = parse_columns(args.columns) if args.columns else None
    # Keyed before loading, so that a file changed meanwhile is not stored under its new bytes.
    snapshot = None if args.no_cache else CorpusSnapshot(
        args.corpus, actors=args.actors, overrides=args.overrides, model=args.model,
        metadata=args.metadata, columns=columns, cache_dir=args.cache_dir)
    corpus = load_corpus(args.corpus, metadata=args.metadata, columns=columns)
    skipped = corpus.report[corpus.report["status"] == "skipped"]
    for row in skipped.itertuples():
        print(f"skipped {row.path}: {row.reason}", file=sys.stderr)
    with cluster_client(args.scheduler) as client:
        extraction = extract(corpus, model=args.model, actors=args.actors,
                             n_process=args.processes, cache_dir=args.cache_dir,
                             use_cache=not args.no_cache, overrides=args.overrides, client=client)
    if snapshot is not None:  # what `analysis render` and `analysis.open_corpus` read back
        snapshot.write(corpus, extraction)
    written = write_tables(corpus, extraction, Path(args.out), raw_csv=args.raw_csv,
                           fmt=args.format)
    print(f"{len(corpus.articles)} articles loaded, {len(skipped)} skipped; "
          f"{len(extraction.actors)} actors, {len(extraction.meetings)} meetings; "
          f"wrote {len(written)} files to {args.out}")
    return 0


def _evaluate_command(args: argparse.Namespace) -> int:
    corpus = load_corpus(args.corpus, metadata=args.metadata,
                         columns=parse_columns(args.columns) if args.columns else None)
    extraction = extract(corpus, model=args.model, actors=args.actors,
                         cache_dir=args.cache_dir, overrides=args.overrides)
    scored = evaluate(extraction, args.gold)
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        scored.to_csv(out / "scored.csv", index=False)
        pd.DataFrame([summarise(scored)]).to_csv(out / "scores.csv", index=False)
    for line in report_lines(scored):
        print(line)
    for line in actor_report_lines(evaluate_actors(extraction, args.gold)):
        print(line)
    if args.out:
        print(f"wrote scored.csv and scores.csv to {args.out}")
    return 0


def _add_extraction_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--metadata", help="metadata CSV (default: CORPUS/metadata.csv)")
    parser.add_argument("--columns", help="column names of CSV/Parquet corpora, FIELD=COLUMN "
                                          "joined by commas (e.g. text=body,published=date)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="installed spaCy pipeline")
    parser.add_argument("--actors", help="user actor registry (YAML) extending the packaged one")
    parser.add_argument("--overrides", help="overrides file (YAML: same, keep_apart, "
                                            "wrong_meetings, same_meetings) applied to the tables")
    parser.add_argument("--cache-dir",
                        help="cache folder (default $ANALYSIS_CACHE or ~/.cache/analysis)")


def _render_command(args: argparse.Namespace) -> int:
    paths = render_paths(args.corpus, args.notebooks, args.figures, args.out)
    written = render_notebooks(corpus=paths.corpus, notebooks_dir=paths.notebooks,
                               figures_dir=paths.figures, out_dir=paths.out,
                               registry=args.actors, overrides=args.overrides)
    print(f"rendered {len(written)} notebooks; figures in {paths.figures}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `analysis` command."""
    parser = argparse.ArgumentParser(prog="analysis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    ext = commands.add_parser("extract", help="extract all tables from a folder of articles")
    ext.add_argument("corpus", help="folder of .txt/.html/.jsonl/.csv/.parquet articles, or "
                                    "one such file")
    ext.add_argument("--out", required=True, help="output folder for the tables")
    ext.add_argument("--format", choices=TABLE_FORMATS, default="csv",
                     help="format of the tables written to --out (default csv)")
    _add_extraction_options(ext)
    ext.add_argument("--processes", type=int, default=1, help="processes for parsing")
    ext.add_argument("--scheduler", help="run the per-article map on a Dask cluster: local:N "
                                         "(N local workers) or a scheduler address tcp://HOST:8786")
    ext.add_argument("--no-cache", action="store_true", help="parse everything, write no cache")
    ext.add_argument("--raw-csv", action="store_true",
                     help="write text cells as they are (by default a cell starting with "
                          "= + - @ gets a leading ' so spreadsheets do not run it as a formula)")
    ext.set_defaults(run=_extract_command)
    ev = commands.add_parser("evaluate", help="score a corpus's meetings against a gold file")
    ev.add_argument("corpus", help="folder of the articles the gold annotates")
    ev.add_argument("gold", help="gold JSON file (see docs/annotation.md)")
    ev.add_argument("--out", help="folder for scored.csv (every gold and predicted row) and "
                                  "scores.csv (the figures)")
    _add_extraction_options(ev)
    ev.set_defaults(run=_evaluate_command)
    ren = commands.add_parser("render", help="execute the notebooks and write figures/")
    ren.add_argument("--corpus", help="corpus folder or file the notebooks analyse "
                                      "(default: the project's seeds/)")
    ren.add_argument("--notebooks", help="folder of the notebooks (default: ./notebooks, else "
                                         "the project's)")
    ren.add_argument("--figures", help="where figures are written (default: the project's "
                                       "figures/ for the seeds, OUT/figures for another corpus)")
    ren.add_argument("--out", default="out", help="where exports and executed notebooks go")
    ren.add_argument("--actors", help="user actor registry (YAML) the notebooks' extraction reads")
    ren.add_argument("--overrides", help="overrides file the notebooks' extraction applies")
    ren.set_defaults(run=_render_command)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `analysis` console script."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.run(args)
    except USER_ERRORS as error:
        print(f"analysis: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `analysis evaluate … | head`: the reader has what it wanted
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python's exit flush quiet
        return 0


if __name__ == "__main__":
    sys.exit(main())
