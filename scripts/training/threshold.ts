/**
 * Picks the auto-route threshold: the lowest confidence t such that the documents scoring ≥ t are
 * right at least `target` of the time (precision), with at least `minAccepted` of them so one
 * lucky document cannot set it. Lower thresholds route more; the lowest one that still meets the
 * target is the best trade. When no threshold meets the target, the result is 1 (route nothing
 * automatically) and `met` is false.
 */
export interface ScoredDecision {
  score: number;
  correct: boolean;
}

export interface ThresholdChoice {
  threshold: number;
  precision: number;
  accepted: number;
  acceptedRate: number;
  met: boolean;
}

export function selectThreshold(
  items: ScoredDecision[],
  target: number,
  opts: { minAccepted?: number; floor?: number } = {},
): ThresholdChoice {
  const minAccepted = opts.minAccepted ?? 1;
  const floor = opts.floor ?? 0;
  const sorted = [...items].sort((a, b) => b.score - a.score);
  // Walk from the highest score down; a threshold can only sit at a score value (ties go together).
  let right = 0;
  let best: ThresholdChoice = { threshold: 1, precision: 1, accepted: 0, acceptedRate: 0, met: false };
  for (let i = 0; i < sorted.length; ) {
    const score = (sorted[i] as ScoredDecision).score;
    let j = i;
    while (j < sorted.length && (sorted[j] as ScoredDecision).score === score) {
      if ((sorted[j] as ScoredDecision).correct) right++;
      j++;
    }
    const precision = right / j;
    if (score >= floor && j >= minAccepted && precision >= target)
      best = { threshold: score, precision, accepted: j, acceptedRate: j / Math.max(1, items.length), met: true };
    i = j;
  }
  return best;
}
