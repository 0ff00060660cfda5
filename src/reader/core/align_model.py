"""The aligner's calibrated pair models, and the scores at which a pair counts as a match.

Kept apart so the fitted constants have one home: ``python -m reader.evaluation mrpc --refit``
prints new ones to paste here, and the evaluation, the tests and the aligner all score with these
same models. The hand-set cut-offs of a clear match in context live here too, because both the
pair scoring (clause windows) and the grouping test against them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import numpy as np
import numpy.typing as npt

from reader.core.features import FEATURE_NAMES, FloatArray

# -- the calibrated pair models -------------------------------------------------------------------
# Two logistic regressions on features.FEATURE_NAMES, fitted on 80% of ../shared/eval/mrpc-train.tsv
# (seeded split, see reader.evaluation.mrpc); refit with `python -m reader.evaluation mrpc --refit`
# and paste the printed constants here.
#
# WEIGHTS: "these two sentences say the same thing" (paraphrase). Unconstrained: MRPC's negatives
# are near-copies where one side adds a fact, so shared bigrams and containment get negative
# weights.
WEIGHTS: Final[tuple[float, ...]] = (
    3.0602, -1.9736, 3.2618, -0.7257, -0.4047, -0.4342, 9.2693, -3.8418, -1.0662, -0.5237
)  # fmt: skip
BIAS: Final = -2.3279
#: A pair at or above this paraphrase probability aligns (most accurate cut on the training fold).
THRESHOLD: Final = 0.52
# RELATED_WEIGHTS: the same fit with signs fixed (more overlap never lowers the score; a conflict
# never raises it; features that come out with the wrong sign get 0). It judges "reports the same
# fact, maybe with more or less detail", which is what a column of the aligned view needs.
RELATED_WEIGHTS: Final[tuple[float, ...]] = (
    0.3669, 0.0, 2.7911, 0.0, -0.3529, -0.2545, 5.2005, 0.0, -1.0054, -0.7226
)  # fmt: skip
RELATED_BIAS: Final = -1.3594
#: Added to both models by hand, not fitted, and only in context (both articles with at least
#: MIN_CONTEXT claims): among the many claims of a real article, the same wording counted with
#: other numbers ("12,000 homes" / "45,000 homes") is most often another fact of the story, and the
#: claim with the matching numbers is there to pair with. A sentence pair has no such alternative
#: and is judged by the fitted models alone, whose own weight for it is -0.43 (MRPC labels many such
#: pairs paraphrases): applied there too, the penalty cost 0.6 points of held-out accuracy.
QUANTITY_PENALTY: Final = 8.0
#: Hand-set like QUANTITY_PENALTY and, like it, only in context: two claims that both give figures
#: and share none of them ("voted 31 to 26" / "to raise $48 million a year") most often report two
#: facts of one story, however many topic words they share. Milder than a counted conflict, since
#: one outlet may give a date where the other gives a tally for the same fact; the same figure
#: written differently ("31-26", "48 million dollars" / "$48m") is shared (features.claim_terms),
#: and "hundreds of residents" agrees with "about 200 people" (features.figures_disagree). Set by
#: hand on tests/fixtures/facts: MRPC (no context) and the labelled events do not move with it.
NUMBER_PENALTY: Final = 1.5

#: Inside a longer comparison a pair below THRESHOLD still aligns when each claim is the other's
#: clear best match in its article (ahead of the runner-up by CLEAR_LEAD) and the pair scores at
#: least MUTUAL_MIN: MRPC's negatives are near-paraphrases, while most sentences of another article
#: are not, so winning against the whole article is evidence the pair model alone does not see.
#: Needs at least MIN_CONTEXT claims on both sides, so a sentence pair (MRPC) is judged by THRESHOLD
#: alone.
MUTUAL_MIN: Final = 0.2
CLEAR_LEAD: Final = 0.1
MIN_CONTEXT: Final = 3
#: ... and when most of the shorter claim's content words (TF-IDF mass) are in the other: a shared
#: function word or two does not make an aside match a news sentence.
CLEAR_CONTAINMENT: Final = 0.4
#: ... or, instead of that containment, when the pair scores at least STRONG_MIN and leads both
#: runners-up by STRONG_LEAD: two outlets rewording one fact share few exact words ("protests at
#: home" / "trouble at home"), but nothing else in either article comes close. Asides score below
#: 0.2 with everything in the labelled set (tests/fixtures/alignment_gold.json), so the floor keeps
#: them out.
STRONG_MIN: Final = 0.25
STRONG_LEAD: Final = 0.15

#: Columns of :func:`reader.core.features.pair_features` that the aligner reads one by one.
CONTAINMENT_COLUMN: Final = FEATURE_NAMES.index("containment")
QUANTITY_COLUMN: Final = FEATURE_NAMES.index("quantity_conflict")
NUMBERS_COLUMN: Final = FEATURE_NAMES.index("number_conflict")
BIGRAMS_COLUMN: Final = FEATURE_NAMES.index("bigram_overlap")


def _logistic(
    features: FloatArray,
    weights: Sequence[float],
    bias: float,
    context: npt.NDArray[np.bool_] | bool,
    disagree: npt.NDArray[np.bool_] | None,
    one_count: npt.NDArray[np.bool_] | None,
) -> FloatArray:
    penalised = context if one_count is None else context & ~one_count
    if one_count is not None:
        # One count given with other figures: its figures do not conflict, for the fit either.
        features = features.copy()
        counted = np.asarray(context & one_count, dtype=bool)
        features[counted, NUMBERS_COLUMN] = 0.0
        features[counted, QUANTITY_COLUMN] = 0.0
    z = features @ np.asarray(weights, dtype=np.float64) + bias
    z = z - np.where(penalised, QUANTITY_PENALTY, 0.0) * features[:, QUANTITY_COLUMN]
    if disagree is None:
        disagree = features[:, NUMBERS_COLUMN] >= 1.0
    z = z - np.where(penalised & disagree, NUMBER_PENALTY, 0.0)
    out: FloatArray = 1.0 / (1.0 + np.exp(-z))
    return out


def probability(
    features: FloatArray,
    context: npt.NDArray[np.bool_] | bool = True,
    disagree: npt.NDArray[np.bool_] | None = None,
    one_count: npt.NDArray[np.bool_] | None = None,
) -> FloatArray:
    """The calibrated probability that each pair (one row of features) is a paraphrase.

    ``context`` marks pairs inside a longer comparison, where :data:`QUANTITY_PENALTY` and
    :data:`NUMBER_PENALTY` apply. ``disagree`` marks the pairs whose figures disagree
    (:func:`reader.core.features.figures_disagree`); by default, those that share no figure.
    ``one_count`` marks the pairs that give one count with other figures
    (:func:`reader.core.align_events.same_count`): in context their figures do not conflict,
    neither for the penalties nor for the fitted conflict columns.
    """
    return _logistic(features, WEIGHTS, BIAS, context, disagree, one_count)


def relatedness(
    features: FloatArray,
    context: npt.NDArray[np.bool_] | bool = True,
    disagree: npt.NDArray[np.bool_] | None = None,
    one_count: npt.NDArray[np.bool_] | None = None,
) -> FloatArray:
    """The calibrated probability that each pair reports the same fact (sign-constrained model)."""
    return _logistic(features, RELATED_WEIGHTS, RELATED_BIAS, context, disagree, one_count)
