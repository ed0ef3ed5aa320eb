"""The provgraph command line: a thin layer over the library."""

from __future__ import annotations

import json
import sys

import click
from provgraph.loaders import ExtractionError, extract_file


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="provgraph")
def cli() -> None:
    """provgraph: a citation and claim-provenance graph of articles."""


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=str))
@click.option("--format", "fmt", type=click.Choice(["summary", "json"]), default="summary", show_default=True)
def extract(path: str, fmt: str) -> None:
    """Extract references, markers, quotations and claims from one article."""
    try:
        doc = extract_file(path)
    except ExtractionError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
    else:
        for q in doc.quotes:
            click.echo(f"{q.speaker!s:30.30} | {q.outlet!s:20.20} | {q.refs} | {q.text[:70]}")
