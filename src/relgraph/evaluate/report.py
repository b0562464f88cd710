"""Evaluation reports as text: one row per gold set, per kind of claim and per relation, then (on
request) every miss, false positive and must-not hit with its sentence."""

from __future__ import annotations

from .scoring import Report, Score, calibration, describe


def _num(value: float | None) -> str:
    return "     –" if value is None else f"{value:6.3f}"


def _row(name: str, s: Score, width: int, extra: str = "") -> str:
    return (f"{name:{width}} {_num(s.precision)} {_num(s.recall)} {_num(s.defined_f1)} {s.required:5d} "
            f"{s.found:5d} {s.unmatched:5d}{extra}")


def format_calibration(name: str, report: Report) -> list[str]:
    cal = calibration(report.scored)
    lines = ["", f"calibration — {name}: ECE {cal['ece']:.3f} over {len(report.scored)} claims",
             f"{'confidence':>12} {'claims':>7} {'mean':>6} {'right':>6}"]
    lines += [f"{row['bin']:>12} {row['claims']:7d} {row['confidence']:6.2f} {row['right']:6.2f}" for row in cal["bins"]]
    lines += ["  threshold: " + "  ".join(f"≥{t['threshold']:.1f} keeps {t['kept']} at P "
                                         f"{'–' if t['precision'] is None else format(t['precision'], '.2f')}"
                                         for t in cal["thresholds"])]
    return lines


def format_reports(reports: dict[str, Report], *, errors: bool = False, calibrated: bool = False) -> str:
    """Totals per set, then per kind and per relation (columns per set), then the errors if asked."""
    width = max(22, *(len(n) for n in reports))
    head = f"{'':{width}} {'P':>6} {'R':>6} {'F1':>6} {'req':>5} {'found':>5} {'fp':>5}"
    lines = [head + f" {'must-not':>8} {'articles':>8}"]
    lines += [_row(name, r, width, f" {len(r.must_not_hits):8d} {r.articles:8d}") for name, r in reports.items()]
    for title, table in (("kind", "per_kind"), ("relation", "per_relation")):
        keys = sorted({k for r in reports.values() for k in getattr(r, table)})
        for name, report in reports.items():
            lines += ["", f"per {title} — {name}" if len(reports) > 1 else f"per {title}", head]
            lines += [_row(k, getattr(report, table).get(k, Score()), width) for k in keys]
    if calibrated:
        for name, report in reports.items():
            lines += format_calibration(name, report)
    if errors:
        for name, report in reports.items():
            lines += _errors(name if len(reports) > 1 else "", report)
    return "\n".join(lines)


def _errors(name: str, report: Report) -> list[str]:
    prefix = f"{name}: " if name else ""
    lines = []
    if report.misses:
        lines += ["", f"{prefix}misses ({len(report.misses)}):"]
        for m in report.misses:
            lines.append(f"  [{m.article}] {m.claim.describe()}" + (f"  ({m.claim.why})" if m.claim.why else ""))
            if m.sentence:
                lines.append(f"      ← {m.sentence[:200]}")
    if report.false_positives:
        lines += ["", f"{prefix}false positives ({len(report.false_positives)}):"]
        lines += [f"  [{a}] {describe(c)}  ← {c.evidence[:200]}" for a, c in report.false_positives]
    if report.must_not_hits:
        lines += ["", f"{prefix}MUST-NOT HITS ({len(report.must_not_hits)}):"]
        lines += [f"  [{a}] {describe(c)}  ({g.why})  ← {c.evidence[:200]}" for a, c, g in report.must_not_hits]
    return lines


def format_report(report: Report) -> str:
    """One gold set's report with every error (the single-file form of ``relgraph eval``)."""
    return format_reports({"all": report}, errors=True)


def format_markdown(reports: dict[str, Report]) -> str:
    """One Markdown table row per gold set (the README's quality table is generated with it)."""
    def cell(value: float | None) -> str:
        return "–" if value is None else f"{value:.2f}"

    lines = ["| gold set | precision | recall | F1 | required claims | found | false positives | must-not hits "
             "| calibration error (ECE) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    lines += [f"| `{name}` | {cell(r.precision)} | {cell(r.recall)} | {cell(r.defined_f1)} | {r.required} | "
              f"{r.found} | {r.unmatched} | {len(r.must_not_hits)} | {calibration(r.scored)['ece']:.2f} |"
              for name, r in reports.items()]
    return "\n".join(lines)
