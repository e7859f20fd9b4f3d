#!/usr/bin/env python3
"""Train the pasted-page line classifier and headline chooser (briefgen/ingest/boilerplate_model.json,
headline_model.json).

    python scripts/train_boilerplate.py                 # ../shared/eval/pages_train.jsonl.gz
    python scripts/train_boilerplate.py --eval-dir DIR --trees 120 --depth 3
    python scripts/train_boilerplate.py --headlines-only   # the headline chooser alone (under a minute)

Training data: the 111 pages of ``pages_train.jsonl.gz`` (trafilatura's own evaluation
pages, many small sites), never the development pages that the benchmark reports.
Each page comes as two pastes (``paste_w3m``, ``paste_lynx``: two text browsers'
renderings); a line of a paste is labelled *article* when most of its 4-word
shingles occur in trafilatura's extraction of the same page's HTML (silver labels),
and the page's hand-made snippets override that: a line holding a "without"
snippet is not article, one holding a "with" snippet is. A headline candidate is
labelled *headline* when it repeats the page's title (``headline_refs``: og:title,
the title tag without the site's name, the ``<h1>`` that agrees with them).

The model is scikit-learn's GradientBoostingClassifier (needs the ``bench`` extra);
its trees are written as plain JSON lists, so briefgen reads them without
scikit-learn. Deterministic: fixed random state, pages in file order.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.ingest import boilerplate, headline  # noqa: E402
from briefgen.ingest.boilerplate import FEATURES, MODEL_FILE, line_features  # noqa: E402
from briefgen.ingest.headline import HEADLINE_FEATURES, HEADLINE_MODEL_FILE  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))  # the page titles as the benchmark reads them
from quality_lib.pages import H1, OG_TITLE, OG_TITLE_CONTENT_FIRST, TITLE_TAG, declared_texts  # noqa: E402
from briefgen.ingest.page_lines import TOKEN  # noqa: E402


def _shingles(text: str) -> Counter:
    toks = [t.lower() for t in TOKEN.findall(text)]
    if len(toks) < 4:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + 4]) for i in range(len(toks) - 3))


def _norm(text: str) -> str:
    return " ".join(t.lower() for t in TOKEN.findall(text))


def _labels(row: dict, paste: str, extracted: str) -> tuple[list, list[int], list[float]]:
    lines = boilerplate.page_lines(paste)
    gold = _shingles(extracted)
    gold_lines = Counter(_norm(line) for line in extracted.split("\n") if _norm(line))
    with_snips = [_norm(s) for s in row.get("with") or [] if _norm(s)]
    without = [_norm(s) for s in row.get("without") or [] if _norm(s)]
    labels, weights = [], []
    for ln in lines:
        norm = _norm(ln.body)
        sh = _shingles(ln.body)
        if len(TOKEN.findall(ln.body)) < 4:  # a short line counts only as a whole paragraph of the extraction
            label = int(gold_lines[norm] > 0)
            gold_lines[norm] -= label
        else:  # each shingle of the extraction is used once, so a repeated line is article only once
            hit = sum(min(n, gold[s]) for s, n in sh.items())
            label = int(hit >= 0.5 * sum(sh.values()))
            if label:
                gold.subtract({s: min(n, gold[s]) for s, n in sh.items()})
        if any(s and s in norm for s in without) or any(norm and len(norm) > 20 and norm in s for s in without):
            label = 0
        elif any(s and s in norm for s in with_snips):
            label = 1
        labels.append(label)
        weights.append(1.0 + ln.words)
    return lines, labels, weights


def _export(model, threshold: float, features: tuple[str, ...], about: str) -> dict:
    trees = []
    for est in model.estimators_[:, 0]:
        t = est.tree_
        trees.append(
            {
                "feature": [int(f) for f in t.feature],
                "threshold": [round(float(x), 6) for x in t.threshold],
                "left": [int(c) for c in t.children_left],
                "right": [int(c) for c in t.children_right],
                "value": [round(float(v[0][0]), 6) for v in t.value],
            }
        )
    import numpy as np

    init = float(model._raw_predict_init(np.zeros((1, len(features))))[0, 0])
    return {
        "about": about + "; made by scripts/train_boilerplate.py from pages_train (trafilatura's evaluation "
        "pages), not from the benchmark's development pages.",
        "features": list(features),
        "init": round(init, 6),
        "learning_rate": model.learning_rate,
        "threshold": threshold,
        "trees": trees,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval-dir", default=os.environ.get("BRIEFGEN_EVAL_DIR", str(ROOT.parent / "shared" / "eval")))
    ap.add_argument("--trees", type=int, default=150)
    ap.add_argument("--depth", type=int, default=3)
    ap.add_argument("--headlines-only", action="store_true", help="retrain only the headline chooser")
    args = ap.parse_args(argv)

    import numpy as np
    import trafilatura
    from sklearn.ensemble import GradientBoostingClassifier

    path = Path(args.eval_dir) / "pages_train.jsonl.gz"
    rows = [json.loads(line) for line in gzip.open(path, "rt", encoding="utf-8") if line.strip()]
    if args.headlines_only:
        _train_headlines(rows, args)
        return 0
    X, y, w, g = [], [], [], []
    for n, row in enumerate(rows):
        extracted = (
            trafilatura.extract(row["html"], include_comments=False, include_tables=True, deduplicate=False) or ""
        )
        for key in ("paste_w3m", "paste_lynx"):
            lines, labels, weights = _labels(row, row[key], extracted)
            X.extend(line_features(lines))
            y.extend(labels)
            w.extend(weights)
            g.extend([n] * len(labels))
    X_arr, y_arr, w_arr = np.array(X), np.array(y), np.array(w)
    print(f"{len(rows)} pages, {len(y)} lines, {int(y_arr.sum())} article lines", file=sys.stderr)
    model = GradientBoostingClassifier(
        n_estimators=args.trees, max_depth=args.depth, learning_rate=0.1, subsample=0.8, random_state=0
    )
    from sklearn.model_selection import GroupKFold, cross_val_predict

    proba = cross_val_predict(
        model,
        X_arr,
        y_arr,
        groups=np.array(g),
        cv=GroupKFold(n_splits=5),
        method="predict_proba",
        params={"sample_weight": w_arr},
    )[:, 1]
    model.fit(X_arr, y_arr, sample_weight=w_arr)
    pages = np.array(g)
    best = max(
        (float(t) for t in np.arange(0.2, 0.81, 0.05)),
        # of thresholds within 0.005 of F1, the highest: a page's clutter costs a reader more than a lost line
        key=lambda t: (round(_page_f1(proba >= t, y_arr, w_arr, pages), 2), t),
    )
    print(
        f"threshold {best:.2f}: F1 of per-page means on the training pastes (out of fold) "
        f"{_page_f1(proba >= best, y_arr, w_arr, pages):.3f}",
        file=sys.stderr,
    )
    data = _export(model, round(best, 2), FEATURES, "Line classifier for pasted pages")
    MODEL_FILE.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    importance = sorted(zip(model.feature_importances_, FEATURES), reverse=True)
    print("features: " + ", ".join(f"{n} {v:.2f}" for v, n in importance[:12]), file=sys.stderr)
    print(f"wrote {MODEL_FILE}", file=sys.stderr)
    boilerplate._model.cache_clear()
    _train_headlines(rows, args)
    return 0


#: What separates a title tag's parts: "Headline | Section | Site", "Site » Blog » Headline".
_TITLE_PARTS = re.compile(r"\s+[|\-–—·»]\s+")


def _html_texts(pattern: re.Pattern[str], page: str) -> list[str]:
    """The texts a title pattern finds on ``page`` (the benchmark's reading), of two words or more."""
    return [text for text in declared_texts(pattern, page) if len(_norm(text).split()) >= 2]


def _counts(text: str) -> Counter:
    return Counter(_norm(text).split())


def headline_refs(page: str) -> list[str]:
    """The texts a line of the paste must repeat to be labelled the headline (silver labels).

    The article's title as ``og:title`` and the ``<title>`` give it (the latter when it
    shares words with the former), whole and as its longest part (the title tag's
    other parts are the site's name and sections, not the headline), and the page's ``<h1>`` elements when they share words
    with that title (an ``<h1>`` also holds site logos and teasers), or when it is
    the page's only one and not a part of the title (the site's name).
    """
    og = _html_texts(OG_TITLE, page) or _html_texts(OG_TITLE_CONTENT_FIRST, page)
    titles = og[:1] + _html_texts(TITLE_TAG, page)[:1]
    refs: list[str] = []
    site: list[str] = []  # the title's other parts
    for title in titles:
        parts = sorted(_TITLE_PARTS.split(title), key=lambda part: len(_norm(part).split()), reverse=True)
        if refs and sum((_counts(parts[0]) & _counts(refs[1])).values()) < 2:
            site.append(title)  # a title tag worded apart from og:title: the site's name alone
            continue
        refs += [title, parts[0]]
        site += parts[1:]
    main = sum((_counts(ref) for ref in refs[1::2]), Counter())
    h1s = _html_texts(H1, page)
    for h1 in h1s:
        words = _counts(h1)
        shared = sum((words & main).values())
        if (
            not titles
            or (shared >= 2 and shared >= 0.4 * sum(words.values()))
            or (len(h1s) == 1 and not is_headline(h1, site))
        ):
            refs.append(h1)
    return refs


def is_headline(line: str, refs: list[str]) -> bool:
    """True when ``line`` has (nearly) the words of one of ``refs``, each way at least 90%."""
    words = _counts(line)
    for ref in refs:
        ref_words = _counts(ref)
        common = sum((words & ref_words).values())
        if words and ref_words and common >= 0.9 * sum(words.values()) and common >= 0.9 * sum(ref_words.values()):
            return True
    return False


#: The headline chooser is the average of this many tree ensembles, each grown from its own seed
#: (on ~200 headlines one ensemble's choices swing with its seed; the average does not).
HEADLINE_SEEDS = 5


def _train_headlines(rows: list[dict], args: argparse.Namespace) -> None:
    """The headline chooser: every candidate line around the article the line classifier finds on
    a paste that looks like a page, labelled by whether it repeats the page's title (``headline_refs``)."""
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.model_selection import GroupKFold, cross_val_predict

    X, y, groups, page_lines = [], [], [], {}
    for n, row in enumerate(rows):
        refs = headline_refs(row["html"])
        for key in ("paste_w3m", "paste_lynx"):
            lines = boilerplate.page_lines(row[key])
            page_lines[(n, key)] = lines
            if not boilerplate.looks_like_page(lines):
                continue
            for j, feats in headline.headline_candidates(lines, boilerplate.article_lines(lines)):
                X.append(feats)
                y.append(int(is_headline(headline.SECTION_PREFIX.sub("", lines[j].body), refs)))
                groups.append((n, key, j))
    X_arr, y_arr, page_ids = np.array(X), np.array(y), np.array([g[0] for g in groups])
    models, logits = [], []
    for seed in range(HEADLINE_SEEDS):
        model = GradientBoostingClassifier(
            n_estimators=80, max_depth=3, learning_rate=0.1, subsample=0.8, min_samples_leaf=20, random_state=seed
        )
        # the threshold is chosen on out-of-fold probabilities (pages held out by turns), not on the fit
        p = cross_val_predict(model, X_arr, y_arr, groups=page_ids, cv=GroupKFold(n_splits=5), method="predict_proba")
        logits.append(np.log(np.clip(p[:, 1], 1e-9, 1.0) / np.clip(p[:, 0], 1e-9, 1.0)))
        models.append(model.fit(X_arr, y_arr))
    proba = 1.0 / (1.0 + np.exp(-np.mean(logits, axis=0)))

    def page_accuracy(t: float) -> float:
        """Share of the pastes whose chosen line is a headline, as the benchmark counts a headline
        found (a page whose candidates hold none cannot score, whatever is chosen)."""
        scored: dict = {}
        labels: dict = {}
        for (n, key, j), p, label in zip(groups, proba, y_arr):
            scored.setdefault((n, key), []).append((j, float(p)))
            labels[(n, key, j)] = bool(label)
        right = 0
        for page, candidates in scored.items():
            chosen = headline.choose_headline(page_lines[page], candidates, t)
            right += chosen is not None and labels[(*page, chosen)]
        return right / len(page_lines)

    # of equally good thresholds the highest: a page whose candidates all look unlike a headline keeps none
    threshold = max((round(float(t), 2) for t in np.arange(0.0, 0.61, 0.05)), key=lambda t: (page_accuracy(t), t))
    print(
        f"headlines: {len(y)} candidates, {int(y_arr.sum())} headlines; threshold {threshold:.2f}: "
        f"right on {page_accuracy(threshold):.1%} of the training pastes (out of fold)",
        file=sys.stderr,
    )
    data = _export(models[0], threshold, HEADLINE_FEATURES, "Headline chooser for pasted pages")
    for model in models[1:]:  # the average of the ensembles' scores: all their trees, each weighted 1/n
        data["trees"] += _export(model, threshold, HEADLINE_FEATURES, "")["trees"]
    data["learning_rate"] = round(data["learning_rate"] / len(models), 6)
    HEADLINE_MODEL_FILE.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {HEADLINE_MODEL_FILE}", file=sys.stderr)


def _page_f1(pred, y, w, pages) -> float:
    """F1 of the mean per-page precision and recall (word-weighted lines), as the benchmark averages pages."""
    precisions, recalls = [], []
    for page in sorted(set(pages.tolist())):
        m = pages == page
        tp = float((w[m] * (pred[m] & (y[m] == 1))).sum())
        fp = float((w[m] * (pred[m] & (y[m] == 0))).sum())
        fn = float((w[m] * (~pred[m] & (y[m] == 1))).sum())
        precisions.append(tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0))
        recalls.append(tp / (tp + fn) if tp + fn else 1.0)
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return 2 * p * r / (p + r) if p + r else 0.0


if __name__ == "__main__":
    sys.exit(main())
