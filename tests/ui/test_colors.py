"""Every colour postil adds is legible on textual-dark and textual-light (WCAG AA, 4.5:1), and
the five highlight colours stay five colours on 256- and 16-colour terminals.

The contrast is computed here from Textual's own palettes (the theme's background, surface and
panel), with the WCAG 2 formula, so a change of colour that loses legibility fails a test.
"""

from __future__ import annotations

import pytest
from rich.color import Color as RichColor
from rich.color import ColorSystem
from textual.color import Color
from textual.theme import BUILTIN_THEMES

from reader.colors import DARK, LIGHT, Palette

AA = 4.5
THEMES = {"textual-dark": DARK, "textual-light": LIGHT}
#: Textual variables postil writes text in (metadata, tags, errors), on the surfaces it uses
#: (and in a list's cursor row).
TEXT_VARIABLES = ("text-muted", "text-primary", "text-error", "foreground")
SURFACES = ("background", "surface", "panel")


def luminance(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def variables(theme: str) -> dict[str, str]:
    return BUILTIN_THEMES[theme].to_color_system().generate()


def resolve(value: str, background: Color) -> Color:
    """A theme variable as drawn on ``background`` (``auto 60%`` and alpha blended)."""
    if value.startswith("auto"):
        alpha = float(value.split()[1].rstrip("%")) / 100
        return background + background.get_contrast_text(alpha)
    return background + Color.parse(value)


def backgrounds(colors: Palette) -> dict[str, str]:
    """Every background postil draws text on, besides the theme's own."""
    extra = {"selection": colors.selection, "search": colors.search}
    extra["current search"] = colors.current_search
    return {**{f"{name} highlight": c for name, c in colors.highlights.items()}, **extra}


def page_backgrounds(theme: str) -> dict[str, Color]:
    """The theme's surfaces, and a list's cursor row (foreground at 8% over the surface)."""
    palette = variables(theme)
    page = {name: Color.parse(palette[name]) for name in SURFACES}
    page["list cursor"] = page["surface"] + Color.parse(palette["foreground"]).with_alpha(0.08)
    return page


@pytest.mark.parametrize("theme", THEMES)
def test_entity_colours_on_the_page_and_on_every_highlight(theme: str) -> None:
    colors = THEMES[theme]
    page = page_backgrounds(theme)
    under = {name: Color.parse(c) for name, c in backgrounds(colors).items()}
    for label, value in colors.entities.items():
        for where, background in {**page, **under}.items():
            ratio = contrast(Color.parse(value), background)
            assert ratio >= AA, f"{theme}: {label} {value} on {where}: {ratio:.2f}"


@pytest.mark.parametrize("theme", THEMES)
def test_body_text_on_highlights_selection_and_matches(theme: str) -> None:
    text = Color.parse(variables(theme)["foreground"])
    for where, value in backgrounds(THEMES[theme]).items():
        ratio = contrast(text, Color.parse(value))
        assert ratio >= AA, f"{theme}: text on {where} {value}: {ratio:.2f}"


@pytest.mark.parametrize("theme", THEMES)
def test_metadata_tags_and_errors_on_every_surface(theme: str) -> None:
    palette = variables(theme)
    for surface, background in page_backgrounds(theme).items():
        for name in TEXT_VARIABLES:
            ratio = contrast(resolve(palette[name], background), background)
            assert ratio >= AA, f"{theme}: ${name} on ${surface}: {ratio:.2f}"


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("system", [ColorSystem.EIGHT_BIT, ColorSystem.STANDARD])
def test_highlight_colours_stay_distinct_with_fewer_colours(
    theme: str, system: ColorSystem
) -> None:
    downgraded = {
        name: RichColor.parse(value).downgrade(system).number
        for name, value in THEMES[theme].highlights.items()
    }
    assert len(set(downgraded.values())) == len(downgraded), downgraded
    assert 0 not in downgraded.values()  # never black: invisible on a black terminal


def test_both_sets_colour_the_same_kinds_and_highlights() -> None:
    assert DARK.entities.keys() == LIGHT.entities.keys()
    assert DARK.highlights.keys() == LIGHT.highlights.keys()
