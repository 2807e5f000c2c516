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

export interface TypedDecision extends ScoredDecision {
  type: string;
}

export interface TypeThreshold {
  threshold: number;
  routed: number;
  of: number;
}

/**
 * Per-type thresholds: for each predicted type, the lowest confidence above which none of its
 * held-out documents was wrong, never below `floor`. A few dozen documents per type cannot show a
 * 99.5 % precision, but they can show where the model starts to err: a type it confuses keeps a
 * threshold above its mistakes, and no type routes below what held-out data has seen it get right.
 * With no document of a type at or above the floor, the type routes nothing on its own (1).
 */
export function perTypeThresholds(items: TypedDecision[], floor = 0): Map<string, TypeThreshold> {
  const chosen = new Map<string, TypeThreshold>();
  for (const type of new Set(items.map((i) => i.type))) {
    const own = items.filter((i) => i.type === type);
    const pick = selectThreshold(own, 1, { floor });
    const threshold = pick.met ? Math.max(pick.threshold, floor) : 1;
    chosen.set(type, { threshold, routed: own.filter((i) => i.score >= threshold).length, of: own.length });
  }
  return chosen;
}
