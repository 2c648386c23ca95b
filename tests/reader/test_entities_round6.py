"""Rules added in round 6 of issue 12, from errors a reader sees in real-world news. One test
per rule, each naming the error class it fixes, with the case the rule must leave alone.
Sentences are invented for these tests.
"""

from __future__ import annotations

from reader.entities import recognize


def ents(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in recognize(text)]


RESULTS = (
    "FOOTBALL - LEAGUE RESULTS.\n\nResults of league matches on Saturday:\n\n"
    "Grimsby 2 (Ward 12, 80) Hallam 0. Halftime 1-0. Attendance 4,100.\n"
    "Barnsley 1 (Cole 58) Leeds United 1 (Hart 80). Halftime 0-0. Attendance 9,000.\n\n"
    "The striker Tom Ward scored in each half as Grimsby beat Hallam 2-0, while Barnsley "
    "dropped two points at home when the goalkeeper fumbled a late free kick.\n"
)


def test_class1_a_team_on_a_results_line_outvotes_a_body_mention_labelled_by_default() -> None:
    # Each table line starts with the town's name (a sentence start, whose capitals prove
    # nothing), but the line's layout does: "Grimsby" is the club in the table and, by
    # document consistency, in "as Grimsby beat Hallam" too.
    got = ents(RESULTS)
    assert got.count(("Grimsby", "ORG")) == 2 and got.count(("Barnsley", "ORG")) == 2
    assert not any(label == "GPE" for _, label in got)
    # Left alone: a sport report without a results table keeps the town a place.
    body = RESULTS.split("\n\n")[-1]
    text = "The club's hotel is in Grimsby. " + body.replace("as Grimsby beat", "as they beat")
    assert ("Grimsby", "GPE") in ents(text)
