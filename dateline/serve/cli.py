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


def _progress(total: int) -> Progress:
    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err_console, transient=True, disable=total < PROGRESS_MIN_INPUTS)


@app.command()
def ingest(ctx: typer.Context,
           paths: Annotated[list[Path], typer.Argument(help="Files and folders: .txt, .jsonl, .html")],
           understand: Annotated[bool, typer.Option("--understand/--no-understand",
                                                    help="Run the language pipeline on new articles")] = True):
    """Ingest articles; unchanged input is skipped, bad input is logged and the rest goes on."""
    inputs = list(discover(paths))
    with _open(ctx) as dl:
        with _progress(len(inputs)) as progress:
            reading = progress.add_task("Ingesting", total=len(inputs))
            understanding = progress.add_task("Understanding", total=None, visible=False)
            report = dl.ingest(paths, inputs=inputs, understand=understand,
                               progress=lambda item: progress.advance(reading),
                               process_progress=lambda done: progress.update(understanding, completed=done, visible=True))
        open_errors = len(dl.errors())
    summary = Table(title="Ingest", show_header=True)
    for name in report.counts():
        summary.add_column(name, justify="right")
    summary.add_row(*(str(v) for v in report.counts().values()))
    console.print(summary)
    for err in report.errors[:ERRORS_SHOWN]:
        console.print(f"[red]failed[/red] {escape(str(err))}")
    if len(report.errors) > ERRORS_SHOWN:
        console.print(f"... and {len(report.errors) - ERRORS_SHOWN} more")
    if open_errors:
        console.print(f"{open_errors} input(s) in the error log: [bold]dateline errors[/bold]")
    if report.archive_dated:
        console.print(f"dated {report.archive_dated} dateline(s) without a year by the stories filed beside them")
    if report.processed:
        console.print(f"understood {report.processed} article(s)")
    if report.organised:
        console.print(f"organised {report.organised} article(s): [bold]dateline timeline[/bold]")


def _process(dl: api.Dateline, *, everything: bool) -> int:
    with _progress(PROGRESS_MIN_INPUTS) as progress:
        task = progress.add_task("Understanding", total=None)
        return dl.process(everything=everything, progress=lambda done: progress.update(task, completed=done))


@app.command()
def process(ctx: typer.Context,
            all: Annotated[bool, typer.Option("--all", help="Every article, not only those not yet processed")] = False):
    """Run the language pipeline (actors, time, quotes, events) over stored articles."""
    with _open(ctx) as dl:
        count = _process(dl, everything=all)
    console.print(f"processed {count} article(s)")


@app.command()
def organise(ctx: typer.Context,
             all: Annotated[bool, typer.Option("--all", help="Start over: every article, not only new ones")] = False):
    """Find duplicates, same-story clusters and world events (ingest does this for new articles)."""
    with _open(ctx) as dl:
        report = dl.organise(everything=all)
    console.print(", ".join(f"{name}: {value}" for name, value in report.counts().items()))


@app.command()
def timeline(ctx: typer.Context,
             actor: Annotated[Optional[str], typer.Option(help="Actor code among sources or targets, e.g. PRK")] = None,
             type: Annotated[Optional[str], typer.Option("--type", help="PLOVER type, e.g. MOBILIZE")] = None,
             since: Annotated[Optional[str], typer.Option(help="On or after (YYYY-MM-DD)")] = None,
             until: Annotated[Optional[str], typer.Option(help="On or before (YYYY-MM-DD)")] = None,
             min_sources: Annotated[int, typer.Option(help="Reported by at least this many outlets")] = 1,
             limit: int = 200):
    """The timeline: one row per world event, earliest first, with its sources."""
    with _open(ctx) as dl:
        rows = dl.timeline(actor=actor, type=type, since=_date(since, "--since"), until=_date(until, "--until"),
                           min_sources=min_sources, limit=limit)
    table = Table(title=f"Timeline ({len(rows)})")
    for name in ("date", "type", "summary", "sources", "articles", "disagree"):
        table.add_column(name, overflow="fold")
    for r in rows:
        disagree = ", ".join(d["field"] for d in r["disagreements"])
        table.add_row(escape(r["date"]) + f" [dim]{r['date_precision']}[/dim]", r["type"], escape(r["summary"]),
                      str(r["n_sources"]), ", ".join(str(a) for a in r["article_ids"]),
                      f"[yellow]{escape(disagree)}[/yellow]" if disagree else "")
    console.print(table)


def _codes(values) -> str:
    return ", ".join(values or []) or "—"


@app.command()
def events(ctx: typer.Context,
           actor: Annotated[Optional[str], typer.Option(help="Actor code among sources or targets, e.g. PRK")] = None,
           type: Annotated[Optional[str], typer.Option("--type", help="PLOVER type, e.g. MOBILIZE")] = None,
           since: Annotated[Optional[str], typer.Option(help="On or after (YYYY-MM-DD)")] = None,
           until: Annotated[Optional[str], typer.Option(help="On or before (YYYY-MM-DD)")] = None,
           limit: int = 100):
    """List events: who did what to whom, when."""
    with _open(ctx) as dl:
        rows = dl.events(actor=actor, type=type, since=_date(since, "--since"), until=_date(until, "--until"), limit=limit)
    table = Table(title=f"Events ({len(rows)})")
    for name in ("id", "date", "type", "source", "target", "attributes", "evidence"):
        table.add_column(name, overflow="fold")
    for r in rows:
        flags = [r["modality"]] if r["modality"] != "asserted" else []
        flags += ["negated"] if r["negated"] else []
        attrs = ", ".join(f"{k}={v}" for k, v in (r["attributes"] or {}).items())
        table.add_row(str(r["id"]), escape(r["date"] or "—"), r["type"] + (f" ({', '.join(flags)})" if flags else ""),
                      _codes(r["source_actors"]), _codes(r["target_actors"]), escape(attrs),
                      escape(r["sentence"][:160]) + f"  [dim]#{r['article_id']}[/dim]")
    console.print(table)


@app.command()
def quotes(ctx: typer.Context, article: Annotated[Optional[int], typer.Option(help="Only this article")] = None):
    """List quotes with their speakers."""
    with _open(ctx) as dl:
        rows = dl.quotes(article)
    table = Table(title=f"Quotes ({len(rows)})")
    for name in ("article", "speaker", "actors", "kind", "quote"):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(str(r["article_id"]), escape(r["speaker"] or "—"), _codes(r["speaker_actors"]), r["kind"],
                      escape(r["text"][:200]))
    console.print(table)


actors_app = typer.Typer(help="The actor registry: countries, bodies, media, office holders.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")


@actors_app.command("list")
def actors_list(ctx: typer.Context,
                kind: Annotated[Optional[str], typer.Option(help="country, organization, media, person")] = None,
                match: Annotated[Optional[str], typer.Option(help="Name or alias contains this")] = None,
                limit: int = 200):
    """List actors with their role and aliases; people (--kind person) with their dated roles."""
    with _open(ctx) as dl:
        if kind == "person":
            return _print_people(dl.people(match or "")[:limit])
        rows = dl.actors(kind=kind, match=match)
    table = Table(title=f"Actors ({len(rows)})")
    for name in ("code", "name", "kind", "country", "role", "aliases"):
        table.add_column(name, overflow="fold")
    for a in rows[:limit]:
        table.add_row(a.code, escape(a.name), a.kind, a.country or "", a.role or "",
                      escape(", ".join(a.aliases[:12])))
    console.print(table)


def _print_people(people: list) -> None:
    table = Table(title=f"People ({len(people)})")
    for name in ("name", "acts for", "role", "from", "until"):
        table.add_column(name, overflow="fold")
    for person, offices in people:
        for n, o in enumerate(sorted(offices, key=lambda o: o.start or dt.date.min)):
            until = str(o.end) if o.end else "in office" if o.start else "—"
            table.add_row(escape(person) if n == 0 else "", o.country, escape(o.title), str(o.start or "—"), until)
    console.print(table)


@actors_app.command("add")
def actors_add(ctx: typer.Context, code: str, name: str,
               alias: Annotated[list[str], typer.Option("--alias", help="Another name (repeatable)")] = [],  # noqa: B006
               kind: str = "organization",
               country: Annotated[Optional[str], typer.Option(help="ISO alpha-3 code of its country")] = None):
    """Add (or replace) an actor; run `dateline process --all` to apply it to stored articles."""
    with _open(ctx) as dl:
        dl.add_actor(code=code, name=name, kind=kind, country=country, aliases=alias)
    console.print(f"added {escape(code)}; run [bold]dateline process --all[/bold] to re-read stored articles")


@actors_app.command("show")
def actors_show(ctx: typer.Context, code: str, limit: int = 50):
    """One actor (a code, or a person's name): its names, role and events as source and as target."""
    with _open(ctx) as dl:
        actor = dl.actor(code)
        if actor is None:
            found = dl.people(code)
            people = [p for p in found if p[0].lower() == code.lower()] or found[:1]
            if not people:
                _fail(f"no actor with code {code!r} and no person of that name")
            return _print_people(people)
        rows = dl.events(actor=code, limit=limit)
    about = ", ".join(x for x in (actor.kind, actor.country, actor.role) if x)
    console.print(Panel(f"{escape(actor.name)} ({about})\n"
                        f"aliases: {escape(', '.join(actor.aliases))}", title=actor.code))
    table = Table(title=f"Events ({len(rows)})")
    for name in ("date", "type", "role", "other side", "evidence"):
        table.add_column(name, overflow="fold")
    for r in rows:
        role = "source" if actor.code in (r["source_actors"] or []) else "target"
        other = r["target_actors"] if role == "source" else r["source_actors"]
        table.add_row(escape(r["date"] or "—"), r["type"], role, _codes(other), escape(r["sentence"][:140]))
    console.print(table)


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
        total = dl.count_articles()
    table = Table(title=f"Articles ({len(rows)} of {total})")
    for name in ("id", "date", "dateline", "title", "outlet"):
        table.add_column(name, overflow="fold")
    for r in rows:
        date = r["dateline_date"] or r["published"]
        table.add_row(str(r["id"]), date.isoformat() if date else "—", escape(r["dateline_place"] or ""),
                      escape(r["title"] or "—"), escape(r["outlet"] or "—"))
    console.print(table)


def _year_evidence(dateline: dict) -> str:
    """Where the dateline's year came from: "text-year 'so far in 1987', low"."""
    if not dateline["date_source"]:
        return "no year evidence"
    words = f" '{dateline['date_evidence']}'" if dateline.get("date_evidence") else ""
    return f"{dateline['date_source']}{words}, {dateline['date_confidence']}"


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
                     f" ({_year_evidence(dateline)})" if dateline else "—"),
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


@app.command()
def serve(ctx: typer.Context,
          host: Annotated[str, typer.Option(help="Interface to listen on (0.0.0.0: every one)")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="TCP port")] = 8000):
    """Serve the web UI and the REST API (docs at /docs); writes need $DATELINE_API_TOKEN."""
    import uvicorn

    from .api import create_app

    try:
        web_app = create_app(ctx.obj)
    except DatelineError as exc:
        _fail(str(exc))
    console.print(f"dateline on [bold]http://{host}:{port}/[/bold] (database {escape(ctx.obj.db)}; "
                  f"POST /api/ingest {'enabled' if ctx.obj.api_token else 'disabled: no DATELINE_API_TOKEN'})")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


def main() -> None:
    app()
