"""The `serve` command, registered on the sitrep CLI by cli.COMMAND_MODULES."""
from __future__ import annotations

import os
from typing import Optional

import typer

from ..store import DEFAULT_DB

TOKEN_ENV = "SITREP_API_TOKEN"


def serve(
    db: str = typer.Option(DEFAULT_DB, "--db", help="SQLite database file (created if missing when --token is given)."),
    host: str = typer.Option("127.0.0.1", help="Interface to listen on; 0.0.0.0 exposes it to the network."),
    port: int = typer.Option(8000, min=1, max=65535, help="TCP port."),
    token: Optional[str] = typer.Option(
        None, envvar=TOKEN_ENV, show_default=False,
        help=f"API token that POST /api/articles must send in X-API-Token (or set {TOKEN_ENV}); without it, ingest over HTTP is off.",
    ),
) -> None:
    """Serve the JSON API (docs at /docs) and the web page with map, timeline and evidence."""
    import uvicorn

    from ..errors import SitrepError
    from .app import create_app

    if not token and not os.path.exists(db):
        # without a token nothing can fill a new database: a missing one is a mistyped path
        typer.echo(f"error: {db}: no such database; run `sitrep ingest PATH --db {db}` first, "
                   "or give --token to fill a new one over HTTP", err=True)
        raise typer.Exit(1)
    try:
        application = create_app(db, api_token=token or None)
    except SitrepError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    typer.echo(f"sitrep: serving {os.path.abspath(db)} on http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(application, host=host, port=port, log_level="info", server_header=False)


def register(app: typer.Typer) -> None:
    app.command()(serve)
