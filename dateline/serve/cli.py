"""The ``dateline`` command line: each command parses its options, calls the API, prints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .. import api
from ..errors import DatelineError
from ..ingest import discover
from ..settings import Settings

app = typer.Typer(no_args_is_help=True, add_completion=False, rich_markup_mode="rich",
                  help="Turn raw news articles into a deduplicated, sourced timeline.")
console = Console()
err_console = Console(stderr=True)
PROGRESS_MIN_INPUTS = 20  # below this a progress bar is just noise
ERRORS_SHOWN = 20


@app.callback()
def options(ctx: typer.Context,
            db: Annotated[Optional[str], typer.Option("--db", help="SQLite file or postgresql:// URL "
                                                       "[default: $DATELINE_DB or ./dateline.db]")] = None):
    ctx.obj = Settings.from_env(db=db)


def _open(ctx: typer.Context) -> api.Dateline:
    try:
        return api.Dateline(ctx.obj)
    except DatelineError as exc:
        _fail(str(exc))
    except Exception as exc:  # a bad URL or an unreachable server: say which database
        _fail(f"cannot open database {ctx.obj.db!r}: {exc}")


def _fail(message: str) -> None:
    err_console.print(f"[red]Error:[/red] {escape(message)}")
    raise typer.Exit(1)


def _date(value: Optional[str], name: str) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"{name} must be a date like 2023-11-09, not {value!r}")


@app.command()
def ingest(ctx: typer.Context,
           paths: Annotated[list[Path], typer.Argument(help="Files and folders: .txt, .jsonl, .html")]):
    """Ingest articles; unchanged input is skipped, bad input is logged and the rest goes on."""
    inputs = list(discover(paths))
    with _open(ctx) as dl:
        with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err_console, transient=True,
                      disable=len(inputs) < PROGRESS_MIN_INPUTS) as progress:
            task = progress.add_task("Ingesting", total=len(inputs))
            report = dl.ingest(paths, inputs=inputs, progress=lambda item: progress.advance(task))
        open_errors = len(dl.errors())
    summary = Table(title="Ingest", show_header=True)
    for name in ("new", "updated", "unchanged", "failed", "skipped"):
        summary.add_column(name, justify="right")
    summary.add_row(*(str(v) for v in report.counts().values()))
    console.print(summary)
    for err in report.errors[:ERRORS_SHOWN]:
        console.print(f"[red]failed[/red] {escape(str(err))}")
    if len(report.errors) > ERRORS_SHOWN:
        console.print(f"... and {len(report.errors) - ERRORS_SHOWN} more")
    if open_errors:
        console.print(f"{open_errors} input(s) in the error log: [bold]dateline errors[/bold]")


@app.command()
def articles(ctx: typer.Context,
             since: Annotated[Optional[str], typer.Option(help="Story date on or after (YYYY-MM-DD)")] = None,
             until: Annotated[Optional[str], typer.Option(help="Story date on or before (YYYY-MM-DD)")] = None,
             source: Annotated[Optional[str], typer.Option(help="Input path/URL or outlet contains this")] = None,
             limit: int = 50, offset: int = 0):
    """List articles, newest story date first."""
    with _open(ctx) as dl:
        rows = dl.articles(since=_date(since, "--since"), until=_date(until, "--until"), source=source,
                           limit=limit, offset=offset)
        total = dl.store.count_articles()
    table = Table(title=f"Articles ({len(rows)} of {total})")
    for name in ("id", "date", "dateline", "title", "source"):
        table.add_column(name, overflow="fold")
    for r in rows:
        date = r["dateline_date"] or r["published"]
        table.add_row(str(r["id"]), date.isoformat() if date else "—", escape(r["dateline_place"] or ""),
                      escape(r["title"] or ""), escape(Path(r["source"]).name if "://" not in r["source"] else r["source"]))
    console.print(table)


@app.command()
def show(ctx: typer.Context, article_id: Annotated[int, typer.Argument(metavar="ID")],
         raw: Annotated[bool, typer.Option("--raw", help="Print the raw input instead")] = False,
         removed: Annotated[bool, typer.Option("--removed", help="Also list what cleaning removed")] = False):
    """Show one cleaned article with its metadata."""
    with _open(ctx) as dl:
        try:
            art = dl.article(article_id)
        except DatelineError as exc:
            _fail(str(exc))
    if raw:
        typer.echo(art["raw"].decode(art["raw_encoding"], errors="replace"))
        return
    dateline = art["dateline"]
    meta = Table.grid(padding=(0, 2))
    for name, value in [
        ("source", art["source"]), ("title", art["title"]), ("byline", ", ".join(art["byline"] or [])),
        ("published", f"{art['published'] or '—'} ({art['published_source'] or 'unknown'}"
                      f"{', ' + art['published_confidence'] if art['published_confidence'] else ''})"),
        ("dateline", f"{dateline['text']} → {dateline['place'] or '—'}, {dateline['date'] or 'date unknown'}"
                     f" ({dateline['date_source'] or 'no year evidence'})" if dateline else "—"),
        ("language", art["language"]), ("url", art["url"]), ("outlet", art["outlet"]),
    ]:
        meta.add_row(f"[bold]{name}[/bold]", escape(str(value or "—")))
    console.print(Panel(meta, title=f"Article {art['id']}"))
    console.print(escape(art["text"]))
    if removed:
        table = Table(title="Removed")
        table.add_column("kind")
        table.add_column("text", overflow="fold")
        for r in art["removed"]:
            table.add_row(r["kind"], escape(r["text"]))
        console.print(table)


@app.command()
def search(ctx: typer.Context, query: Annotated[str, typer.Argument(help='Words and "phrases"')], limit: int = 20):
    """Full-text search over titles and texts."""
    with _open(ctx) as dl:
        rows = dl.search(query, limit=limit)
    table = Table(title=f"Search: {escape(query)} ({len(rows)})")
    for name in ("id", "date", "title", "snippet"):
        table.add_column(name, overflow="fold")
    for r in rows:
        date = r["dateline_date"] or r["published"]
        table.add_row(str(r["id"]), str(date or "—"), escape(r["title"] or ""), escape(r["snippet"] or ""))
    console.print(table)


@app.command()
def errors(ctx: typer.Context, all: Annotated[bool, typer.Option("--all", help="Include resolved errors")] = False):
    """The ingest log: every input that failed, and why."""
    with _open(ctx) as dl:
        rows = dl.errors(include_resolved=all)
    table = Table(title=f"Ingest errors ({len(rows)})")
    for name in ("input", "reason", "times", "last seen", "status"):
        table.add_column(name, overflow="fold")
    for r in rows:
        where = r["locator"] + (f":{r['line']}" if r["line"] else "")
        table.add_row(escape(where), escape(r["reason"]), str(r["times"]), r["last_seen"].strftime("%Y-%m-%d %H:%M"),
                      "resolved" if r["resolved_at"] else "open")
    console.print(table)


@app.command()
def export(ctx: typer.Context, outdir: Annotated[Path, typer.Argument(help="Folder to write")],
           format: Annotated[str, typer.Option("--format", help="jsonl, csv or parquet")] = "jsonl"):
    """Export articles, events, quotes and the timeline."""
    with _open(ctx) as dl:
        try:
            written = dl.export(outdir, format=format)
        except DatelineError as exc:
            _fail(str(exc))
    for table, path in written.items():
        console.print(f"{table}: {escape(str(path))}")


def main() -> None:
    app()
