"""Score article extraction on the evaluation pages: word-shingle precision, recall and F1.

Usage::

    python tests/benchmarks/extract_eval.py [--pages tests/web/pages] [--only postil,trafilatura]
                                            [--worst 5] [--show NAME]

For every page in ``tests/web/pages`` (``NAME.html`` + ``NAME.expected.txt`` + ``NAME.meta.json``)
each extractor's text is compared with the expected article text as multisets of word 4-grams
("shingles"; words are lower-cased runs of letters and digits, each CJK character counts as a
word, so Japanese and Chinese pages are scored too). Printed: per-page P/R/F1 for every
extractor, then micro (shingles summed over pages) and macro (mean of page F1) figures, the worst
pages, and metadata accuracy per field for postil and bare trafilatura. Pages marked
``heldout`` (written after postil's rules were frozen, never tuned against) are also scored
apart, so the gap between the two figures shows how much the rules fit the set they grew on.

Extractors: ``postil`` (reader.web.extract_html: trafilatura + postil's rules and metadata),
``trafilatura`` (the bare library, same options: tables on, comments off, no fallback tweaks),
``readability`` (readability-lxml's summary, flattened to text) and ``justext`` (paragraphs it
classes as good, with the page language's stoplist). An extractor whose package is missing is
skipped with a note.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PAGES = ROOT / "tests" / "web" / "pages"
SHINGLE = 4
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\W_]+")


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    expected: str
    meta: dict[str, object]


@dataclass(frozen=True)
class Score:
    overlap: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.overlap / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.overlap / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    words = tokens(text)
    if len(words) < size:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def score(predicted: str, expected: str) -> Score:
    got, want = shingles(predicted), shingles(expected)
    overlap = sum((got & want).values())
    return Score(overlap, sum(got.values()), sum(want.values()))


def load_cases(folder: Path = PAGES) -> list[Case]:
    cases = []
    for page in sorted(folder.glob("*.html")):
        name = page.name.removesuffix(".html")
        expected = (folder / f"{name}.expected.txt").read_text(encoding="utf-8")
        meta = json.loads((folder / f"{name}.meta.json").read_text(encoding="utf-8"))
        cases.append(Case(name, page.read_bytes(), expected, meta))
    return cases


# ------------------------------------------------------------------------------- extractors


def run_postil(case: Case) -> str:
    from reader.web.extract import extract_html

    page = extract_html(
        case.data, str(case.meta.get("url") or ""), content_type=_content_type(case)
    )
    return page.text


def _content_type(case: Case) -> str | None:
    value = case.meta.get("content_type")
    return str(value) if value else None


def run_trafilatura(case: Case) -> str:
    import trafilatura

    text = trafilatura.extract(
        case.data,
        url=str(case.meta.get("url") or ""),
        include_comments=False,
        include_tables=True,
        output_format="txt",
    )
    return text or ""


def run_readability(case: Case) -> str:
    import lxml.html
    from readability import Document  # type: ignore[import-untyped]

    summary = Document(case.data, url=str(case.meta.get("url") or "")).summary(html_partial=True)
    root = lxml.html.fromstring(summary)
    blocks = root.xpath("//p|//h1|//h2|//h3|//h4|//li|//td|//th|//pre|//blockquote")
    text = "\n\n".join(b.text_content() for b in blocks if not b.xpath(".//p|.//li"))
    return text or root.text_content()


_JUSTEXT_LANGUAGES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish"}


def run_justext(case: Case) -> str:
    import justext  # type: ignore[import-untyped]

    language = str(case.meta.get("language") or "en")[:2]
    stoplist = justext.get_stoplist(_JUSTEXT_LANGUAGES.get(language, "English"))
    paragraphs = justext.justext(case.data, stoplist)
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


EXTRACTORS: dict[str, Callable[[Case], str]] = {
    "postil": run_postil,
    "trafilatura": run_trafilatura,
    "readability": run_readability,
    "justext": run_justext,
}


def evaluate(name: str, cases: list[Case]) -> dict[str, Score]:
    """Each page's score for extractor ``name``; a page it fails on scores as empty output."""
    extractor = EXTRACTORS[name]
    scores = {}
    for case in cases:
        try:
            text = extractor(case)
        except Exception as error:
            print(f"  {name} failed on {case.name}: {type(error).__name__}: {error}")
            text = ""
        scores[case.name] = score(text, case.expected)
    return scores


def overall(scores: dict[str, Score]) -> tuple[Score, float]:
    """Micro score (shingle counts summed) and macro F1 (mean of page F1)."""
    total = Score(
        sum(s.overlap for s in scores.values()),
        sum(s.predicted for s in scores.values()),
        sum(s.expected for s in scores.values()),
    )
    macro = sum(s.f1 for s in scores.values()) / len(scores) if scores else 0.0
    return total, macro


# ------------------------------------------------------------------------------- metadata

FIELDS = ("title", "authors", "published", "canonical_url", "site", "language")


def _norm(field: str, value: object) -> object:
    if value is None or value == [] or value == ():
        return None
    if field == "authors":
        names = value if isinstance(value, (list, tuple, set, frozenset)) else [value]
        return frozenset(" ".join(str(a).split()).casefold() for a in names)
    if field == "published":
        return str(value)[:10]
    if field == "language":
        return str(value).replace("_", "-").casefold()
    return " ".join(str(value).split()).casefold()


def metadata_postil(case: Case) -> dict[str, object]:
    from reader.web.extract import extract_html

    page = extract_html(
        case.data, str(case.meta.get("url") or ""), content_type=_content_type(case)
    )
    return {
        "title": page.title,
        "authors": list(page.authors),
        "published": page.published,
        "canonical_url": page.canonical_url,
        "site": page.site,
        "language": page.language,
    }


def metadata_trafilatura(case: Case) -> dict[str, object]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        case.data, url=str(case.meta.get("url") or ""), with_metadata=True
    )
    if doc is None or isinstance(doc, dict):
        return {}
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return {
        "title": doc.title,
        "authors": authors,
        "published": doc.date,
        "canonical_url": doc.url,
        "site": doc.sitename,
        "language": doc.language,
    }


def metadata_accuracy(
    cases: list[Case], extract: Callable[[Case], dict[str, object]]
) -> tuple[dict[str, int], list[str]]:
    right = dict.fromkeys(FIELDS, 0)
    misses = []
    for case in cases:
        try:
            found = extract(case)
        except Exception as error:
            found = {}
            misses.append(f"{case.name}: failed ({error})")
        for field in FIELDS:
            want, got = _norm(field, case.meta.get(field)), _norm(field, found.get(field))
            if want == got:
                right[field] += 1
            else:
                misses.append(f"{case.name}.{field}: expected {want!r}, got {got!r}")
    return right, misses


# ------------------------------------------------------------------------------- report


def _available(names: list[str]) -> list[str]:
    modules = {"trafilatura": "trafilatura", "readability": "readability", "justext": "justext"}
    usable = []
    for name in names:
        module = modules.get(name)
        try:
            if module:
                __import__(module)
            usable.append(name)
        except ImportError:
            print(f"(skipping {name}: package not installed)")
    return usable


def report(cases: list[Case], names: list[str], worst: int) -> dict[str, dict[str, Score]]:
    results = {name: evaluate(name, cases) for name in names}
    header = f"{'page':32}" + "".join(f"{name[:11]:>12}" for name in names)
    print(header + "   (F1 per page)")
    for case in cases:
        row = "".join(f"{results[n][case.name].f1:12.3f}" for n in names)
        print(f"{case.name[:32]:32}{row}")
    print()
    print(
        f"{'extractor':14}{'P':>8}{'R':>8}{'F1':>8}{'macroF1':>9}   (micro over {len(cases)} pages)"
    )
    for name in names:
        total, macro = overall(results[name])
        print(f"{name:14}{total.precision:8.3f}{total.recall:8.3f}{total.f1:8.3f}{macro:9.3f}")
    heldout = {case.name for case in cases if case.meta.get("heldout")}
    if heldout:
        print(f"\nsplit: {len(cases) - len(heldout)} pages developed against, {len(heldout)} "
              "held out (written after the rules froze)")  # fmt: skip
        for name in names:
            for label, keep in (("developed", False), ("held out", True)):
                subset = {k: v for k, v in results[name].items() if (k in heldout) == keep}
                total, macro = overall(subset)
                print(
                    f"  {name:12} {label:10} P={total.precision:.3f} R={total.recall:.3f} "
                    f"F1={total.f1:.3f} macroF1={macro:.3f}"
                )
    for name in names[:2]:
        ranked = sorted(results[name].items(), key=lambda item: item[1].f1)[:worst]
        print(f"\nworst pages for {name}:")
        for page, s in ranked:
            print(f"  {page:32} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}")
    return results


def report_metadata(cases: list[Case], names: list[str], verbose: bool) -> None:
    sources = {"postil": metadata_postil, "trafilatura": metadata_trafilatura}
    print("\nmetadata accuracy (pages right / pages):")
    print(f"{'extractor':14}" + "".join(f"{f[:13]:>14}" for f in FIELDS))
    for name in names:
        if name not in sources:
            continue
        right, misses = metadata_accuracy(cases, sources[name])
        print(f"{name:14}" + "".join(f"{right[f]:>9}/{len(cases):<4}" for f in FIELDS))
        if verbose:
            for miss in misses:
                print(f"    {miss}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--only", default="postil,trafilatura,readability,justext")
    parser.add_argument("--worst", type=int, default=5)
    parser.add_argument("--show", help="print postil's text for one page and its score")
    parser.add_argument("--misses", action="store_true", help="list metadata mismatches")
    args = parser.parse_args()
    cases = load_cases(args.pages)
    if args.show:
        case = next(c for c in cases if c.name == args.show)
        text = run_postil(case)
        print(text)
        print("---", score(text, case.expected))
        return
    names = _available([n.strip() for n in args.only.split(",") if n.strip()])
    report(cases, names, args.worst)
    report_metadata(cases, names, args.misses)


if __name__ == "__main__":
    main()
