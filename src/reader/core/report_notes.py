"""The report's "Flags explained" footnotes and its table of annotations.

An annotation on a flag is printed under that flag's footnote as well as in the table, so a
printed copy keeps them together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from reader.core.export_flags import trigger_in_text
from reader.core.model import Counterpart, Flag, rule_description
from reader.core.palette import style_for
from reader.core.report_context import ReportContext, category_label, esc, prose
from reader.core.report_style import css_class


def _marked_words(flag: Flag) -> str:
    """The flag's span, escaped, with the words that fired in bold, as the claims table and the
    app show them: in "actually pull" the word in question is "actually", not "pull"."""
    inner = trigger_in_text(flag)
    if inner is None:
        return esc(flag.text)
    a, b = inner
    return f"{esc(flag.text[:a])}<b>{esc(flag.text[a:b])}</b>{esc(flag.text[b:])}"


def _str(value: object) -> str:
    return "" if value is None else str(value)


def _note_flag(note: Mapping[str, Any]) -> str | None:
    """The flag an annotation is about, under either of the names the app may use."""
    value = note.get("flag", note.get("flag_id"))
    return None if value is None else str(value)


def footnotes_section(report: ReportContext) -> str:
    if not report.flags:
        return (
            '<section class="block" id="flags"><h2>Flags explained</h2>'
            '<p class="muted">No framing was flagged.</p></section>'
        )
    parts = ['<section class="block" id="flags"><h2>Flags explained</h2>']
    for a in report.articles:
        mine = [f for f in report.flags if f.article == a.id]
        if not mine:
            continue
        parts.append(f"<h3>{esc(a.outlet)}</h3>" + _notes(report, mine))
    orphans = [f for f in report.flags if f.article not in report.names]
    if orphans:
        parts.append("<h3>Other</h3>" + _notes(report, orphans))
    parts.append("</section>")
    return "".join(parts)


def _notes(report: ReportContext, flags: Sequence[Flag]) -> str:
    """A numbered list in the browser; plain blocks for Qt, which would renumber each list."""
    items = "".join(_footnote(report, f) for f in flags)
    return items if report.qt else f'<ol class="notes">{items}</ol>'


def _footnote(report: ReportContext, f: Flag) -> str:
    st = style_for(f.category)
    n = report.number[f.id]
    where = "Other headlines" if f.where == "title" else "Other outlets here"
    if f.category == "unique-claim":  # its counterparts were not lined up with it
        where = "Nearest sentences, not lined up"
    elif f.category == "figure":  # the others' facts are often in another row
        where = "What they wrote"
    said = [
        f"<b>{esc(report.names.get(c.article, c.article))}</b>: {_quoted_answer(report, c)}"
        for c in f.counterparts
    ]
    if not said:
        others = ""
    elif report.qt:  # Qt indents nested lists deeply; one line reads better on paper
        others = f'<div class="cp">{where}: ' + "; ".join(said) + "</div>"
    else:
        others = (
            f'<div class="small">{where}:</div><ul class="cp">'
            + "".join(f"<li>{x}</li>" for x in said)
            + "</ul>"
        )
    extras = [f"confidence {f.confidence:.0%}"]
    if f.rule:
        extras.append(f"found by {rule_description(f.rule)}")
    if f.speaker_note is not None:
        extras.append(f.speaker_note)
    item = "div" if report.qt else "li"
    value = "" if report.qt else f' value="{n}"'
    return (
        f'<{item}{value} class="note-item">'
        f'<span class="mk {css_class(f.category)}"{report.style("mk", f.category)}>'
        f"{report.pad}{esc(st.marker)}{n}{report.pad}</span> "
        f'<span class="cat">{esc(category_label(f.category))}</span> '
        f'<span class="flag {css_class(f.category)}"{report.style("flag", f.category)}>'
        f"{_marked_words(f)}</span>"
        f'<div class="expl">{prose(f.explanation)}</div>'
        + others
        + _flag_reviews(report, f)
        + f'<div class="small muted">{prose(" · ".join(extras))}</div></{item}>'
    )


def _quoted_answer(report: ReportContext, c: Counterpart) -> str:
    """Another outlet's words, quoted, with the ones in the flag's place in bold, as the app's
    Details show them: in a whole sentence, "about 4,000 residents" is what answers the flag."""
    whole = (c.start, c.end) == (0, len(c.text))  # a naming alone: nothing to pick out
    if c.start is None or c.end is None or whole or not 0 <= c.start < c.end <= len(c.text):
        return report.q(c.text)
    before, answer, after = c.text[: c.start], c.text[c.start : c.end], c.text[c.end :]
    return report.quote_markup(f"{esc(before)}<b>{esc(answer)}</b>{esc(after)}")


def _flag_reviews(report: ReportContext, f: Flag) -> str:
    """Annotations on this flag, under its footnote, so a printed copy keeps them together."""
    out = []
    for note in report.annotations:
        if _note_flag(note) != f.id:
            continue
        who = ", ".join(_str(x) for x in (note.get("author"), note.get("status")) if x)
        body = _str(note.get("body"))
        if not (who or body):
            continue
        out.append(
            '<div class="review"><b>Annotation'
            + (f" ({esc(who)})" if who else "")
            + ":</b> "
            + esc(body)
            + "</div>"
        )
    return "".join(out)


#: What each kind of annotation is called, in the app's Annotations list and its undo steps
#: (:mod:`reader.ui.annotation_data`) as in the report, so a student's copy and the teacher's
#: panel name them alike ("Missed flag", not the stored "missed-flag").
KIND_WORDS: Final = {
    "note": "Note",
    "tag": "Tag",
    "verdict": "Verdict",
    "missed-flag": "Missed flag",
}


def kind_word(kind: str, status: object = None) -> str:
    """What an annotation is, as the app's list says it: a verdict by its status ("Agreed",
    "Disputed"), any other kind by its name ("Note", "Missed flag")."""
    if status:
        return str(status).capitalize()
    return KIND_WORDS.get(kind, kind.replace("-", " ").capitalize())


def annotations_section(report: ReportContext) -> str:
    if not report.annotations:
        return ""
    by_id = {f.id: f for f in report.flags}
    rows = []
    for i, note in enumerate(report.annotations, start=1):
        kind = str(note.get("kind") or "note")
        article = str(note.get("article") or "")
        outlet = report.names.get(article, article)
        target = _annotation_target(report, note, by_id)
        cat = note.get("category")
        cat_html = (
            f'<span class="mk {css_class(str(cat))}"{report.style("mk", str(cat))}>'
            f"{report.pad}{esc(style_for(str(cat)).marker)}{report.pad}</span>"
            f" {esc(category_label(str(cat)))}"
            if cat
            else ""
        )
        rows.append(
            "<tr>"
            + report.num_cell(str(i))
            + f"<td>{esc(kind_word(kind, note.get('status')))}</td>"
            f"<td>{esc(outlet)}</td>"
            f"<td>{target}</td>"
            f"<td>{cat_html}</td>"
            f"<td>{esc(note.get('body') or '')}</td>"
            f"<td>{esc(note.get('author') or '')}</td>"
            "</tr>"
        )
    return (
        '<section class="block" id="annotations"><h2>Annotations</h2>'
        + report.table("grid annotations")
        + "<thead><tr><th>#</th><th>Kind</th><th>Outlet</th><th>On</th><th>Category</th>"
        "<th>Note</th><th>Author</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></section>"
    )


def _annotation_target(
    report: ReportContext, note: Mapping[str, Any], by_id: Mapping[str, Flag]
) -> str:
    flag_id = _note_flag(note)
    if flag_id is not None and flag_id in by_id:
        f = by_id[flag_id]
        words = _marked_words(f)
        return f"flag {report.number[f.id]}: " + (f"“{words}”" if report.qt else f"<q>{words}</q>")
    text = note.get("text")
    if not text:
        start, end = note.get("start"), note.get("end")
        span = note.get("span")
        if isinstance(span, (list, tuple)) and len(span) == 2:
            start, end = span
        body = report.article_text(str(note.get("article") or ""))
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(body):
            text = body[start:end]
    return report.q(str(text)) if text else ""


__all__ = ["KIND_WORDS", "annotations_section", "footnotes_section", "kind_word"]
