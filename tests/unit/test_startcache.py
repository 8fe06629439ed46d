"""The start cache (#18): the config and theme files a start reads, kept by their stat, so
that a start's first frame needs no YAML parser — and never at the price of a stale value."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefer import config, paths, startcache, themes

THEME = 'name: my-night\ndark: true\ncolors:\n  primary: "#123456"\nvariables:\n  take-color: red\n'


@pytest.fixture
def trusted(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by the test count as settled (else a start parses them every time)."""
    monkeypatch.setattr(startcache, "RACY_NS", 0)


def _write_config(text: str) -> Path:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_second_start_reads_config_and_themes_without_the_yaml_parser(tmp_path: Path) -> None:
    _write_config("theme: my-night\nauthor: Ana Ruiz\nstale_days: 30\n")
    (paths.user_themes_dir()).mkdir(parents=True)
    (paths.user_themes_dir() / "night.yaml").write_text(THEME, encoding="utf-8")
    (paths.user_themes_dir() / "odd.yaml").write_text("name: odd\nbogus: 1\n", encoding="utf-8")
    time.sleep(2.1)  # older than the start cache's two seconds of doubt
    code = (
        "import sys\n"
        "from briefer import config, themes\n"
        "c, p = config.load()\n"
        "t, tp = themes.load_themes()\n"
        "print(c.theme, c.author, c.stale_days, c.pos.get('author'))\n"
        "print([str(x) for x in p + tp])\n"
        "print(sorted(t), t['my-night'].colors, t['my-night'].variables, t['my-night'].path)\n"
        "print('yaml' in sys.modules, 'briefer.schema' in sys.modules)\n"
    )

    def start() -> list[str]:
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        return out.splitlines()

    first, second = start(), start()
    assert first[0] == "my-night Ana Ruiz 30 (2, 9)"
    assert "odd.yaml:2:1: unknown key 'bogus'" in first[1]
    assert "my-night" in first[2] and "briefer-dark" in first[2] and "#123456" in first[2]
    assert first[3] == "True True"  # parsed
    assert second[:3] == first[:3]  # the same values, problems included
    assert second[3] == "False False"  # from the start cache


def test_a_changed_config_is_read_again(trusted: None) -> None:
    path = _write_config("author: First\n")
    assert config.load()[0].author == "First"
    assert config.load()[0].author == "First"  # now from the cache
    path.write_text("author: Other\n", encoding="utf-8")
    assert config.load()[0].author == "Other"


def test_a_file_changed_within_two_seconds_is_parsed_each_time() -> None:
    path = _write_config("author: Abel\n")
    assert config.load()[0].author == "Abel"
    assert startcache.stamp([path]) is None
    assert not (paths.cache_dir() / "start-config.cache").exists()
    st = path.stat()
    path.write_text("author: Cain\n", encoding="utf-8")  # same size, and the old mtime
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert config.load()[0].author == "Cain"


def test_a_broken_or_foreign_cache_is_not_used(trusted: None) -> None:
    _write_config("author: Dana\n")
    assert config.load()[0].author == "Dana"
    stored = paths.cache_dir() / "start-config.cache"
    data = stored.read_bytes()
    stored.write_bytes(data[:-3] + b"xyz")  # corrupt: the checksum says so
    assert startcache.read("config", startcache.stamp([paths.config_file()])) is None
    assert config.load()[0].author == "Dana"
    stored.write_bytes(b"not a cache")
    assert config.load()[0].author == "Dana"


def test_an_entry_of_the_wrong_shape_is_parsed_instead(trusted: None) -> None:
    path = _write_config("author: Eve\n")
    key = startcache.stamp([path])
    assert key is not None
    startcache.write("config", key, ("not", "a", "config"))
    assert config.load() == (config.load()[0], [])
    assert config.load()[0].author == "Eve"


def test_a_new_theme_file_is_seen_at_once(trusted: None) -> None:
    before, _ = themes.load_themes()
    folder = paths.user_themes_dir()
    folder.mkdir(parents=True)
    (folder / "night.yaml").write_text(THEME, encoding="utf-8")
    after, _ = themes.load_themes()
    assert "my-night" not in before and "my-night" in after
    assert after["my-night"].variables == {"take-color": "red"}
    again, _ = themes.load_themes()  # from the cache: equal, in the same order
    assert list(again) == list(after) and again == after


def test_a_broken_theme_s_problem_comes_back_from_the_cache(trusted: None) -> None:
    folder = paths.user_themes_dir()
    folder.mkdir(parents=True)
    (folder / "bad.yaml").write_text("name: bad\ncolors: {primary: 12}\n", encoding="utf-8")
    first = themes.load_themes()
    assert (paths.cache_dir() / "start-themes.cache").is_file()
    second = themes.load_themes()
    assert [str(p) for p in second[1]] == [str(p) for p in first[1]]
    assert any("bad.yaml" in str(p) and "not a colour" in str(p) for p in first[1])


def test_no_config_file_is_no_cache_and_defaults() -> None:
    assert config.load() == (config.load()[0], [])
    assert config.load()[0].author is None
    assert not (paths.cache_dir() / "start-config.cache").exists()


def test_a_file_of_another_format_is_refused_even_with_a_sound_body(trusted: None) -> None:
    path = _write_config("author: Fay\n")
    key = startcache.stamp([path])
    assert key is not None
    startcache.write("config", key, ((None,) * 6 + ({},), []))
    stored = paths.cache_dir() / "start-config.cache"
    data = stored.read_bytes()
    assert startcache.read("config", key) is not None
    stored.write_bytes(b"X" + data[1:])  # the body and its checksum intact, the magic not
    assert startcache.read("config", key) is None
    assert config.load()[0].author == "Fay"


def test_a_file_exactly_two_seconds_old_is_trusted(monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write_config("author: Gil\n")
    st = path.stat()
    newest = max(st.st_mtime_ns, st.st_ctime_ns)
    monkeypatch.setattr(startcache.time, "time_ns", lambda: newest + startcache.RACY_NS)
    assert startcache.stamp([path]) is not None
    monkeypatch.setattr(startcache.time, "time_ns", lambda: newest + startcache.RACY_NS - 1)
    assert startcache.stamp([path]) is None


def test_an_absent_file_is_in_the_key_as_absent_and_the_rest_still_count(
    tmp_path: Path, trusted: None
) -> None:
    there = tmp_path / "there.yaml"
    there.write_text("x: 1\n", encoding="utf-8")
    key = startcache.stamp([tmp_path / "gone.yaml", there])
    assert key is not None
    assert key[0] == (str(tmp_path / "gone.yaml"),)
    st = there.stat()
    assert key[1] == (str(there), st.st_mtime_ns, st.st_size, st.st_ctime_ns, st.st_ino)
    assert len(key) == 2 + len(startcache.CODE)
    assert startcache.stamp([tmp_path / "other.yaml", there]) != key


def test_the_cache_folder_is_made_with_its_parents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFER_CACHE_DIR", str(tmp_path / "a" / "b" / "c"))
    startcache.write("probe", (("k",),), [1, "two"])
    assert startcache.read("probe", (("k",),)) == [1, "two"]
