/** The files a user names: files as given, folders walked recursively for text files, in a stable order. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);

export function collectFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && TEXT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  for (const p of paths) {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) missing.push(p);
    else if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}
