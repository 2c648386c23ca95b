"""Vault pages: postil rewrites its marked section and its properties, and keeps the rest."""

from __future__ import annotations

import yaml

from annotations.vault import (
    BEGIN,
    END,
    SECTION_KEY,
    merge_page,
    section_edited,
    section_ids,
    split_page,
)

FRESH = (
    '---\ntitle: "Rates"\ntags: ["fed", "rates"]\nexported: 2024-01-01T00:00:00Z\n'
    "highlights: 1\n---\n\n# Rates\n\n> held rates\n\n#rates · ¶2 · yellow ^01aaa\n"
)
FRESH_2 = FRESH.replace("highlights: 1", "highlights: 2").replace(
    "^01aaa\n", "^01aaa\n\n> citing inflation\n\nmy note\n\nyellow ^01bbb\n"
)


def test_a_new_page_is_front_matter_then_the_marked_section() -> None:
    page = merge_page(None, FRESH)
    assert page.startswith('---\ntitle: "Rates"\n')
    body = split_page(page).body
    assert body.strip().startswith(BEGIN) and body.strip().endswith(END)
    assert section_ids(page) == ["01aaa"]


def test_re_export_keeps_the_users_text_and_properties_and_never_duplicates() -> None:
    page = merge_page(None, FRESH)
    page = page.replace("---\n" + BEGIN, "---\nMy intro, *mine*.\n\n" + BEGIN)
    page = page.replace('title: "Rates"\n', 'title: "Rates"\nstatus: reading\naliases:\n  - fed\n')
    page += "\n## My thoughts\n\nKeep me.\n"
    again = merge_page(page, FRESH_2)
    again = merge_page(again, FRESH_2)  # twice: still once
    assert "My intro, *mine*." in again and "## My thoughts\n\nKeep me." in again
    assert section_ids(again) == ["01aaa", "01bbb"]
    assert again.count("^01aaa") == 1 and again.count(BEGIN) == 1
    front = yaml.safe_load(again.split("---\n")[1])
    assert front["status"] == "reading" and front["aliases"] == ["fed"]
    assert front["highlights"] == 2 and front["tags"] == ["fed", "rates"]
    assert again.index("My intro") < again.index(BEGIN) < again.index("Keep me.")


def test_properties_postil_no_longer_writes_are_left_to_the_user() -> None:
    page = merge_page(None, FRESH)
    fewer = FRESH.replace("highlights: 1\n", "")
    assert "highlights: 1" in merge_page(page, fewer)


def test_a_page_from_before_sections_is_replaced_whole() -> None:
    legacy = FRESH + "\n> an old block\n\nyellow ^01old\n"
    page = merge_page(legacy, FRESH_2)
    assert "^01old" not in page and section_ids(page) == ["01aaa", "01bbb"]


def test_a_foreign_page_keeps_its_text_and_gets_the_section_appended() -> None:
    mine = "# My page\n\nSome text with ^blockref\n"
    page = merge_page(mine, FRESH)
    assert page.startswith("---\n") and "# My page\n\nSome text with ^blockref\n\n" + BEGIN in page


def test_crlf_pages_stay_crlf() -> None:
    page = merge_page(None, FRESH).replace("\n", "\r\n") + "User line\r\n"
    again = merge_page(page, FRESH_2)
    assert "\r\n" in again and "\n" not in again.replace("\r\n", "")
    assert "User line" in again and section_ids(again) == ["01aaa", "01bbb"]


def test_a_note_quoting_the_end_marker_does_not_end_the_section() -> None:
    tricky = FRESH.replace("^01aaa\n", f"^01aaa\n\n> q\n\n{END}\nafter\n\nyellow ^01ccc\n")
    page = merge_page(None, tricky)
    page += "User text\n"
    again = merge_page(page, tricky)
    assert section_ids(again) == ["01aaa", "01ccc"] and again.count("User text") == 1


def test_front_matter_without_a_closing_line_is_body() -> None:
    assert split_page("---\ntitle: x\nno end").has_front_matter is False


def test_an_edit_inside_the_section_is_noticed_and_only_that() -> None:
    page = merge_page(None, FRESH)
    assert not section_edited(page)
    assert not section_edited(page.replace("\n", "\r\n"))  # CRLF: the same page
    assert not section_edited(page.replace(END, END + "\n\nMine, below."))  # outside
    assert section_edited(page.replace(END, "My thought.\n" + END))  # inside
    assert not section_edited(merge_page(page.replace(END, "x\n" + END), FRESH))  # rewritten


def test_a_page_from_before_digests_is_not_taken_for_an_edited_one() -> None:
    page = merge_page(None, FRESH)
    old = "\n".join(line for line in page.split("\n") if not line.startswith(SECTION_KEY))
    assert not section_edited(old.replace(END, "My thought.\n" + END))
    assert not section_edited("# no front matter, no section\n")
