"""All tags with their counts; a tag's highlights across articles; rename and delete."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from annotations.model import normalize_tag
from reader.text.wording import plural
from reader.ui.dialogs.confirm import ConfirmDialog
from reader.ui.dialogs.prompt import PromptDialog
from reader.ui.screens.base import PostilScreen
from reader.ui.widgets.highlight_list import HighlightList


class TagsScreen(PostilScreen):
    """Left: tags and counts. Right: the highlighted tag's highlights; Enter opens one."""

    HELP_GROUP = "Tags"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "rename", "Rename tag", id="tags.rename"),
        Binding("d", "delete", "Delete tag", id="tags.delete"),
        Binding("escape", "back", "Back", id="tags.back"),
    ]

    def compose(self) -> ComposeResult:
        yield Static("postil · Tags", classes="screen-title")
        with Horizontal(id="tags-body"):
            yield OptionList(id="tag-list")
            yield HighlightList(id="tag-highlights")
        yield Label("", id="tags-status")
        yield Footer()

    def on_mount(self) -> None:
        self._reload()
        self.query_one("#tag-list", OptionList).focus()
        self.postil.store_changed.subscribe(self, self.store_changed)

    def _reload(self, keep: str | None = None) -> None:
        tags = self.postil.workspace.store.tags()
        tag_list = self.query_one("#tag-list", OptionList)
        current = keep or (tag_list.highlighted_option.id if tag_list.highlighted_option else None)
        tag_list.clear_options()
        tag_list.add_options(Option(f"#{tag}  ({count})", id=tag) for tag, count in tags.items())
        if current in tags:
            tag_list.highlighted = list(tags).index(current)
        elif tags:
            tag_list.highlighted = 0
        self.query_one("#tags-status", Label).update(
            f" {plural(len(tags), 'tag')} · Enter lists highlights · r renames · d removes"
            if tags
            else " No tags yet: tag a highlight with the a key in an article."
        )
        self._show_highlights()

    def _current_tag(self) -> str | None:
        option = self.query_one("#tag-list", OptionList).highlighted_option
        return option.id if option is not None else None

    def _show_highlights(self) -> None:
        tag = self._current_tag()
        highlights = self.postil.workspace.store.by_tag(tag) if tag else []
        self.query_one(HighlightList).show(highlights)

    @on(OptionList.OptionHighlighted, "#tag-list")
    def _tag_highlighted(self) -> None:
        self._show_highlights()

    @on(OptionList.OptionSelected, "#tag-list")
    def _tag_selected(self) -> None:
        self.query_one(HighlightList).focus()

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

    def action_back(self) -> None:
        if self.query_one(HighlightList).has_focus:
            self.query_one("#tag-list", OptionList).focus()
        else:
            self.dismiss()

    def store_changed(self, _: None = None) -> None:
        self._reload()

    def on_screen_resume(self) -> None:
        self._reload()
