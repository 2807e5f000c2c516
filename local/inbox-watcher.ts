import { mkdirSync } from 'node:fs';
import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import chokidar, { type FSWatcher } from 'chokidar';
import { intake } from '../functions/intake/intake.ts';
import { CHANNELS, type Channel } from '../shared/domain/document.ts';
import type { Runtime } from './runtime.ts';

/**
 * Watches `<data-dir>/inbox/<channel>/` for scanner drops. A file is taken in once it stops
 * growing, then moved to `inbox/.processed/<day>/`. Its intake key (path, size, mtime) makes a
 * restart that sees the same file again harmless.
 */
export function watchInbox(rt: Runtime, onIntake: () => void): FSWatcher {
  const root = rt.paths.inbox;
  for (const channel of CHANNELS) mkdirSync(join(root, channel), { recursive: true });
  const watcher = chokidar.watch(
    CHANNELS.map((c) => join(root, c)),
    {
      ignored: (path) => basename(path).startsWith('.') || path.endsWith('.tmp') || path.endsWith('.part'),
      awaitWriteFinish: { stabilityThreshold: 500, pollInterval: 100 },
      depth: 2,
    },
  );
  watcher.on('add', (path) => {
    takeIn(rt, root, path)
      .then(onIntake)
      // File names can hold a client's name: log the channel, never the name.
      .catch((error) =>
        rt.logger.error('inbox intake failed', { channel: relative(rt.paths.inbox, path).split(sep)[0], error: (error as Error).name }),
      );
  });
  return watcher;
}

async function takeIn(rt: Runtime, root: string, path: string) {
  const channel = relative(root, path).split(sep)[0] as Channel;
  const s = await stat(path);
  const bytes = await readFile(path);
  const result = await intake(rt.intakeDeps, {
    bytes,
    filename: basename(path),
    channel,
    source: `inbox/${channel}`,
    intakeKey: `inbox:${relative(root, path)}:${s.size}:${s.mtimeMs}`,
    maxBytes: rt.maxBytes,
  });
  const day = rt.clock.now().toISOString().slice(0, 10);
  const target = join(rt.paths.processed, day, channel);
  await mkdir(target, { recursive: true });
  await rename(path, join(target, `${result.document.id}-${basename(path)}`));
}
