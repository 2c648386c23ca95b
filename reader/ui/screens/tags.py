"""All tags with their counts; a tag's highlights across articles; rename and delete."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from annotations.model import normalize_tag
from reader.text.wording import plural
from reader.ui.dialogs.confirm import ConfirmDialog
from reader.ui.dialogs.prompt import PromptDialog
from reader.ui.screens.filtered_list import FilteredListScreen
from reader.ui.widgets.highlight_list import HighlightList
from reader.ui.widgets.highlight_rows import quote_copy
from reader.ui.widgets.lists import PostilList


class TagsScreen(FilteredListScreen):
    """Left: tags and counts. Right: the highlighted tag's highlights; Enter opens one."""

    HELP_GROUP = "Tags"
    SCREEN_TITLE = "postil · Tags"
    FILTER_PLACEHOLDER = "/ to filter tags"

    DEFAULT_CSS = """
    TagsScreen #list {
        width: 32;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "rename", "Rename tag", id="tags.rename", tooltip="Rename it everywhere"),
        Binding("d", "delete", "Delete tag", id="tags.delete", tooltip="Remove it everywhere"),
    ]

    def compose_lists(self) -> ComposeResult:
        with Horizontal():
            yield PostilList(id="list")
            yield HighlightList(id="tag-highlights")

    def on_mount(self) -> None:
        self._reload()
        self.main_list.focus()
        self.postil.store_changed.subscribe(self, self.store_changed)

    def refilter(self, query: str) -> None:
        self._reload()

    def _reload(self, keep: str | None = None) -> None:
        tags = self.postil.workspace.store.tags()
        query = self.filter_box.value.strip().lstrip("#").lower()
        shown = [tag for tag in tags if query in tag]
        tag_list = self.main_list
        current = keep or (tag_list.highlighted_option.id if tag_list.highlighted_option else None)
        tag_list.set_options(Option(f"#{tag}  ({tags[tag]})", id=tag) for tag in shown)
        if current in shown:
            tag_list.highlighted = shown.index(current)
        elif shown:
            tag_list.highlighted = 0
        self.set_status(
            f" {plural(len(shown), 'tag')} · Enter lists highlights · r renames · d removes"
            if tags
            else " No tags yet: tag a highlight with the a key in an article."
        )
        self._show_highlights()

    def _current_tag(self) -> str | None:
        option = self.main_list.highlighted_option
        return option.id if option is not None else None

    def _show_highlights(self) -> None:
        tag = self._current_tag()
        highlights = self.postil.workspace.store.by_tag(tag) if tag else []
        self.query_one(HighlightList).show(highlights)

    @on(OptionList.OptionHighlighted, "#list")
    def _tag_highlighted(self) -> None:
        self._show_highlights()

    @on(OptionList.OptionSelected, "#list")
    def _tag_selected(self) -> None:
        self.query_one(HighlightList).focus()

    def copy_text(self) -> tuple[str, str] | None:
        highlights = self.query_one(HighlightList)
        if highlights.has_focus:
            return quote_copy(highlights.current)
        tag = self._current_tag()
        return (f"#{tag}", f"#{tag}") if tag else None

    def action_rename(self) -> None:
        tag = self._current_tag()
        if tag is None:
            return

        def done(new: str | None) -> None:
            new_tag = normalize_tag(new or "")
            if not new_tag or new_tag == tag:
                return

            def renamed(changed: int) -> None:
                self.notify(f"Renamed #{tag} to #{new_tag} on {plural(changed, 'highlight')}.")
                self._reload(keep=new_tag)

            self.postil.save_in_background(
                lambda: self.postil.workspace.store.rename_tag(tag, new_tag),
                renamed,
                description=f"rename #{tag}",
            )

        self.app.push_screen(PromptDialog(f"Rename #{tag} everywhere to:", tag), done)

    def action_delete(self) -> None:
        tag = self._current_tag()
        if tag is None:
            return

        def done(yes: bool | None) -> None:
            if not yes:
                return

            def removed(changed: int) -> None:
                where = plural(changed, "highlight")
                self.notify(f"Removed #{tag} from {where} (the highlights stay).")
                self._reload()

            self.postil.save_in_background(
                lambda: self.postil.workspace.store.delete_tag(tag),
                removed,
                description=f"remove #{tag}",
            )

        count = self.postil.workspace.store.tags().get(tag, 0)
        self.app.push_screen(
            ConfirmDialog(
                f"Remove #{tag} from {plural(count, 'highlight')}? The highlights stay.", "Remove"
            ),
            done,
        )

    def store_changed(self, _: None = None) -> None:
        self._reload()

    def on_screen_resume(self) -> None:
        self._reload()
