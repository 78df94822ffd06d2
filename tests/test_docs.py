"""The README documents every command a user can run, and the two first commands stay first."""
from pathlib import Path

from typer.main import get_command

from sitrep.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_docs_readme_starts_with_the_two_commands():
    first_screen = README[:1200]
    assert first_screen.index("make demo") < first_screen.index("make test")


def test_docs_every_cli_command_has_help_and_is_in_the_readme():
    command = get_command(app)
    for name, sub in command.commands.items():
        assert sub.help, f"sitrep {name} has no help text"
        assert f"sitrep {name}" in README, f"the README does not show sitrep {name}"


def test_docs_readme_has_no_unfilled_placeholders():
    assert "_ROW" not in README and "PLACEHOLDER" not in README
