"""``postil import FILE``: read, plan, save in one transaction, and say what happened.

The report's first line is the summary (anchored, orphaned, updated, unchanged, skipped and
why); the detail lines name each skipped annotation, each page orphans wait for (so the user
can ``postil add`` it and see them attach) and what postil ignored. Everything printed from
the file is made inert: ids, URLs and reasons never carry an escape sequence to the terminal.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from annotations.interchange.importing import ImportPlan, plan_import
from annotations.interchange.reading import read_file
from annotations.interchange.records import ParseResult
from annotations.store import AnnotationStore
from reader.interchange.finder import LibraryFinder
from reader.library import Library
from reader.library.inert import make_inert
from reader.text.wording import plural


@dataclass
class ImportReport:
    """What one import did: the file's format, the records read, the plan and the writes."""

    path: Path
    kind: str
    parsed: ParseResult
    plan: ImportPlan
    written: int

    def summary(self) -> str:
        """One line: ``notes.json (Hypothesis, 12 annotations): 9 anchored, … skipped (…)``."""
        plan, read = self.plan, len(self.parsed.notes) + len(self.parsed.skipped)
        parts = [
            f"{plan.anchored} anchored" + (f" ({plan.by_quote} by quote)" if plan.by_quote else "")
        ]
        parts.append(f"{len(plan.orphaned)} orphaned")
        if plan.updated:
            parts.append(f"{len(plan.updated)} updated")
        parts.append(f"{plan.unchanged} already there")
        skips = [*self.parsed.skipped, *plan.skipped]
        reasons = Counter(skip.reason for skip in skips)
        why = "; ".join(f"{count}: {reason}" for reason, count in reasons.most_common(3))
        parts.append(f"{len(skips)} skipped" + (f" ({why})" if why else ""))
        name = make_inert(self.path.name, keep_newlines=False)
        return f"{name} ({self.kind}, {plural(read, 'annotation')}): " + ", ".join(parts)

    def details(self) -> list[str]:
        """One line per skipped annotation, per page orphans wait for, per thing ignored."""
        lines = [
            f"skipped {skip.label}: {skip.reason}"
            for skip in [*self.parsed.skipped, *self.plan.skipped]
        ]
        for source, orphans in self.plan.orphans_by_source().items():
            reasons = Counter(self.plan.orphan_reasons.get(a.id, "") for a in orphans)
            for reason, count in reasons.items():
                if reason == "not in the library":
                    what = f"waiting for {source}: {plural(count, 'highlight')}"
                    lines.append(f"orphaned, {what} (add it with: postil add URL)")
                else:
                    lines.append(f"orphaned in {source}: {plural(count, 'highlight')} ({reason})")
        lines += [f"ignored: {remark}" for remark in self.parsed.remarks]
        return [make_inert(line, keep_newlines=False) for line in lines]


def import_file(library: Library, store: AnnotationStore, path: Path) -> ImportReport:
    """Import ``path`` into ``store``: all of it in one transaction, or nothing.

    A file that cannot be read as annotations raises ``ImportFormatError``; a store that
    cannot be written raises ``StoreError``; in both cases nothing stored has changed.
    """
    kind, parsed = read_file(path)
    plan = plan_import(parsed.notes, LibraryFinder(library), store.get)
    written = store.add_many(plan.writes) if plan.writes else 0
    return ImportReport(path, kind, parsed, plan, written)
