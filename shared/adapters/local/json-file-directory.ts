import { readFile, stat } from 'node:fs/promises';
import { type Directory, parseDirectory } from '../../domain/directory.ts';
import type { DirectorySource } from '../../ports.ts';

/** The directory from a JSON file, validated, re-read when the file changes (by mtime and size). */
export class JsonFileDirectory implements DirectorySource {
  private cached: { stamp: string; directory: Directory } | undefined;

  constructor(private readonly path: string) {}

  async load(): Promise<Directory> {
    const s = await stat(this.path).catch(() => {
      throw new Error(`Directory file not found: ${this.path}`);
    });
    const stamp = `${s.mtimeMs}:${s.size}`;
    if (this.cached?.stamp === stamp) return this.cached.directory;
    let json: unknown;
    try {
      json = JSON.parse(await readFile(this.path, 'utf8'));
    } catch (error) {
      throw new Error(`Directory file ${this.path} is not valid JSON: ${(error as Error).message}`);
    }
    const directory = parseDirectory(json);
    this.cached = { stamp, directory };
    return directory;
  }
}
