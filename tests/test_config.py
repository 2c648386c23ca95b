"""Settings from config.toml: defaults without a file, flags win, bad files are one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.settings import ConfigError, Settings, load_settings, save_theme


def test_no_file_means_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "missing.toml") == Settings()


def test_values_are_read(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('ner = "spacy:en_core_web_sm"\nexport_dir = "~/vault/postil"\n')
    settings = load_settings(path)
    assert settings.ner == "spacy:en_core_web_sm"
    assert settings.export_dir == Path("~/vault/postil").expanduser()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("ner = ", "not valid TOML"),
        ("ner = 3", "must be a string"),
        ("colour = 'x'", "unknown setting 'colour'"),
        (b"\xff\xfe", "not valid TOML"),
    ],
)
def test_bad_files_are_one_line_errors(tmp_path: Path, content: str | bytes, message: str) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_the_cli_reports_a_bad_config_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text("ner = [")
    monkeypatch.setenv("POSTIL_CONFIG", str(path))
    assert main(["list", "--db", str(tmp_path / "a.json")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("postil: settings file") and len(err.strip().splitlines()) == 1


def test_an_unloadable_backend_falls_back_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text('ner = "spacy:no_such_pipeline_xyz"\n')
    monkeypatch.setenv("POSTIL_CONFIG", str(path))
    sample = tmp_path / "x.txt"
    sample.write_text("Elon Musk met officials in Beijing on Friday.\n")
    assert main(["entities", str(sample), "--json"]) == 0
    out, err = capsys.readouterr()
    assert "using the built-in recognizer" in err and len(err.strip().splitlines()) == 1
    assert {"start": 0, "end": 9, "label": "PERSON", "text": "Elon Musk"} in json.loads(out)
    # the flag wins over the file
    assert main(["entities", str(sample), "--json", "--ner", "builtin"]) == 0
    assert capsys.readouterr().err == ""


def test_export_folder_env_over_settings_over_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.workspace import default_export_dir

    configured = tmp_path / "vault"
    monkeypatch.setenv("POSTIL_EXPORT_DIR", str(tmp_path / "env"))
    assert default_export_dir(configured) == tmp_path / "env"
    monkeypatch.delenv("POSTIL_EXPORT_DIR")
    assert default_export_dir(configured) == configured
    assert default_export_dir().name == "postil"


def test_theme_and_keys_are_read(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\n[keys]\n"library.export" = "X"\n"article.search" = "/,s"\n')
    settings = load_settings(path)
    assert settings.theme == "nord"
    assert dict(settings.keys) == {"library.export": "X", "article.search": "/,s"}


@pytest.mark.parametrize("content", ["keys = 3", '[keys]\n"a.b" = 3', '[keys]\n"a.b" = " "'])
def test_bad_keys_tables_are_one_line_errors(tmp_path: Path, content: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=r"\[keys\] must map binding ids to keys"):
        load_settings(path)


def test_saving_the_theme_keeps_the_rest_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('# my settings\ntheme = "old"\nner = "builtin"\n[keys]\ntheme = "t"\n')
    save_theme("textual-light", path)
    assert path.read_text() == (
        '# my settings\ntheme = "textual-light"\nner = "builtin"\n[keys]\ntheme = "t"\n'
    )
    fresh = tmp_path / "new" / "config.toml"
    save_theme('we"ird', fresh)
    assert load_settings(fresh).theme == 'we"ird'
    no_theme = tmp_path / "other.toml"
    no_theme.write_text('ner = "builtin"\n[keys]\n"a.b" = "c"')
    save_theme("nord", no_theme)
    assert load_settings(no_theme).theme == "nord" and dict(load_settings(no_theme).keys) == {
        "a.b": "c"
    }
