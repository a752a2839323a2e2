"""Command line: `analysis extract CORPUS_DIR --out OUT_DIR`, `analysis evaluate CORPUS_DIR GOLD`
and `analysis render`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

import pandas as pd

from analysis.extract.actors import RegistryError
from analysis.extract.corpus import CorpusError, load_corpus
from analysis.extract.parse import DEFAULT_MODEL, ModelNotFoundError
from analysis.extract.pipeline import extract
from analysis.render import RenderError, render_notebooks
from analysis.scoring import evaluate, report_lines, summarise

# User mistakes that get one line on stderr instead of a traceback.
USER_ERRORS = (CorpusError, ModelNotFoundError, RegistryError, FileNotFoundError, ValueError,
               RenderError)


def write_tables(corpus, extraction, out: Path) -> list[Path]:
    """Write every table of a corpus and its extraction as CSV, and the network as GEXF.

    Args:
        corpus: the loaded `Corpus`.
        extraction: its `Extraction`.
        out: the output folder (created).

    Returns:
        The paths written.
    """
    from analysis.views.network import build_network, write_network

    out.mkdir(parents=True, exist_ok=True)
    tables = {
        "articles": extraction.articles, "report": corpus.report, "removed": corpus.removed,
        "mentions": extraction.mentions, "actors": extraction.actors,
        "interactions": extraction.interactions, "meetings": extraction.meetings,
        "merges": extraction.merges,
    }
    written = []
    for name, table in tables.items():
        path = out / f"{name}.csv"
        table.to_csv(path, index=False)
        written.append(path)
    graph = build_network(extraction.interactions, actor_table=extraction.actors)
    written.append(out / "network.gexf")
    write_network(graph, written[-1])
    return written


def _extract_command(args: argparse.Namespace) -> int:
    corpus = load_corpus(args.corpus, metadata=args.metadata)
    skipped = corpus.report[corpus.report["status"] == "skipped"]
    for row in skipped.itertuples():
        print(f"skipped {row.path}: {row.reason}", file=sys.stderr)
    extraction = extract(corpus, model=args.model, actors=args.actors, n_process=args.processes,
                         cache_dir=args.cache_dir, use_cache=not args.no_cache)
    written = write_tables(corpus, extraction, Path(args.out))
    print(f"{len(corpus.articles)} articles loaded, {len(skipped)} skipped; "
          f"{len(extraction.actors)} actors, {len(extraction.meetings)} meetings; "
          f"wrote {len(written)} files to {args.out}")
    return 0


def _evaluate_command(args: argparse.Namespace) -> int:
    corpus = load_corpus(args.corpus, metadata=args.metadata)
    extraction = extract(corpus, model=args.model, actors=args.actors,
                         cache_dir=args.cache_dir)
    scored = evaluate(extraction, args.gold)
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        scored.to_csv(out / "scored.csv", index=False)
        pd.DataFrame([summarise(scored)]).to_csv(out / "scores.csv", index=False)
    for line in report_lines(scored):
        print(line)
    if args.out:
        print(f"wrote scored.csv and scores.csv to {args.out}")
    return 0


def _add_extraction_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--metadata", help="metadata CSV (default: CORPUS/metadata.csv)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="installed spaCy pipeline")
    parser.add_argument("--actors", help="user actor registry (YAML) extending the packaged one")
    parser.add_argument("--cache-dir",
                        help="cache folder (default $ANALYSIS_CACHE or ~/.cache/analysis)")


def _render_command(args: argparse.Namespace) -> int:
    written = render_notebooks(corpus=args.corpus, notebooks_dir=args.notebooks,
                               figures_dir=args.figures, out_dir=args.out)
    print(f"rendered {len(written)} notebooks; figures in {args.figures}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `analysis` command."""
    parser = argparse.ArgumentParser(prog="analysis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    ext = commands.add_parser("extract", help="extract all tables from a folder of articles")
    ext.add_argument("corpus", help="folder of .txt/.html/.jsonl articles")
    ext.add_argument("--out", required=True, help="output folder for the CSV tables")
    _add_extraction_options(ext)
    ext.add_argument("--processes", type=int, default=1, help="processes for parsing")
    ext.add_argument("--no-cache", action="store_true", help="parse everything, write no cache")
    ext.set_defaults(run=_extract_command)
    ev = commands.add_parser("evaluate", help="score a corpus's meetings against a gold file")
    ev.add_argument("corpus", help="folder of the articles the gold annotates")
    ev.add_argument("gold", help="gold JSON file (see docs/annotation.md)")
    ev.add_argument("--out", help="folder for scored.csv (every gold and predicted row) and "
                                  "scores.csv (the figures)")
    _add_extraction_options(ev)
    ev.set_defaults(run=_evaluate_command)
    ren = commands.add_parser("render", help="execute the notebooks and write figures/")
    ren.add_argument("--corpus", default="seeds", help="corpus folder the notebooks analyse")
    ren.add_argument("--notebooks", default="notebooks", help="folder of the notebooks")
    ren.add_argument("--figures", default="figures", help="where figures are written")
    ren.add_argument("--out", default="out", help="where exports and executed notebooks go")
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
