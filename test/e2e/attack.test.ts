import { describe, expect, it } from 'vitest';
import { runAttack } from '../../scripts/attack.ts';

/**
 * A fast subset of `npm run attack` (issue 17), through the same code against a real
 * `postkamer serve` on loopback: open redirects, links and a pipe in the scanner folder, an upload
 * form posted again, and `/api/status` without sign-in. The full run (700 MB and 1.5 GB bodies, a
 * 3 GB sparse file, a content bomb, restarts) takes minutes: `npm run attack`.
 */
describe('npm run attack (quick subset)', () => {
  it('every hostile or unlucky case ends as it must', async () => {
    const report = await runAttack({
      only: [
        'open-redirects',
        'api-status-anonymous',
        'upload-repost-different-bytes',
        'upload-repost-same-bytes',
        'inbox-symlink-file',
        'inbox-symlink-secret',
        'inbox-fifo',
        'nothing-lost',
      ],
      settleMs: 400,
      keep: false,
      log: () => {},
    });
    const failures = report.cases.filter((c) => !c.pass).map((c) => `${c.id}: ${c.observed}`);
    expect(failures).toEqual([]);
    expect(report.cases).toHaveLength(8);
    for (const c of report.cases) if (c.peakRssMb !== null) expect(c.peakRssMb).toBeLessThan(500);
  }, 60_000);
});
