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
  /** Held-out mistakes at or above the threshold: the share of the error budget this type took. */
  errors: number;
}

/** One choice for a type: the lowest threshold with `errors` held-out mistakes at or above it. */
interface Step {
  threshold: number;
  routed: number;
  errors: number;
}

/** A type's choices, for 0, 1, 2, … mistakes let through (each the lowest threshold for its count, never below `floor`). */
function stepsOf(own: TypedDecision[], floor: number): Step[] {
  const sorted = [...own].sort((a, b) => b.score - a.score);
  const steps: Step[] = [{ threshold: 1, routed: 0, errors: 0 }];
  let wrong = 0;
  for (let i = 0; i < sorted.length; ) {
    const score = (sorted[i] as TypedDecision).score;
    if (score < floor) break;
    let j = i;
    while (j < sorted.length && (sorted[j] as TypedDecision).score === score) if (!(sorted[j++] as TypedDecision).correct) wrong++;
    steps[wrong] = { threshold: score, routed: j, errors: wrong };
    i = j;
  }
  return steps;
}

export interface ErrorBudget {
  /** Held-out mistakes allowed over everything routed, as a share of it (0: no type routes past a mistake). */
  share: number;
  /** No single type may spend its way below this precision. */
  minTypePrecision: number;
  /**
   * The documents a lowered threshold lets through must be right at least this often: a whole
   * type's precision hides a band where the model guesses (one mistake in 17, say), and the
   * budget is there for outliers above a well-separated band, not for guessing.
   */
  minBandPrecision: number;
}

/**
 * Per-type thresholds: for each predicted type, the lowest confidence above which none of its
 * held-out documents was wrong, never below `floor`. A few dozen documents per type cannot show a
 * 99.5 % precision, but they can show where the model starts to err: a type it confuses keeps a
 * threshold above its mistakes, and no type routes below what held-out data has seen it get right.
 * With no document of a type at or above the floor, the type routes nothing on its own (1).
 *
 * With an error budget, one outlier no longer closes a type: the budget's mistakes (a share of all
 * routed held-out documents) go where each buys the most routed documents, a type at a time, as
 * long as the whole stays within the budget, no type falls below `minTypePrecision` and the band
 * let through is right `minBandPrecision` of the time. It is the misroute target spent where it
 * routes most, instead of on no type at all.
 */
export function perTypeThresholds(items: TypedDecision[], floor = 0, budget?: ErrorBudget): Map<string, TypeThreshold> {
  const byType = new Map<string, TypedDecision[]>();
  for (const i of items) {
    const own = byType.get(i.type);
    if (own) own.push(i);
    else byType.set(i.type, [i]);
  }
  const types = [...byType.keys()];
  const steps = new Map(types.map((t) => [t, stepsOf(byType.get(t) as TypedDecision[], floor)] as const));
  // Every type starts at its zero-mistake step; `routed` and `errors` are the sums over the types' steps.
  const at = new Map(types.map((t) => [t, 0]));
  let routed = types.reduce((s, t) => s + ((steps.get(t) as Step[])[0] as Step).routed, 0);
  let errors = 0;
  while (budget && budget.share > 0) {
    let best: { type: string; k: number; ratio: number; gain: number; cost: number } | undefined;
    for (const t of types) {
      const own = steps.get(t) as Step[];
      const now = own[at.get(t) as number] as Step;
      for (let k = now.errors + 1; k < own.length; k++) {
        const next = own[k];
        if (!next || next.routed <= now.routed) continue;
        const gain = next.routed - now.routed;
        const cost = k - now.errors;
        if ((next.routed - k) / next.routed < budget.minTypePrecision) continue;
        if ((gain - cost) / gain < budget.minBandPrecision) continue;
        if (errors + cost > budget.share * (routed + gain)) continue;
        if (!best || gain / cost > best.ratio) best = { type: t, k, ratio: gain / cost, gain, cost };
      }
    }
    if (!best) break;
    at.set(best.type, best.k);
    routed += best.gain;
    errors += best.cost;
  }
  const chosen = new Map<string, TypeThreshold>();
  for (const t of types) {
    const step = (steps.get(t) as Step[])[at.get(t) as number] as Step;
    const of = (byType.get(t) as TypedDecision[]).length;
    chosen.set(t, { threshold: step.routed ? Math.max(step.threshold, floor) : 1, routed: step.routed, of, errors: step.errors });
  }
  return chosen;
}
