import fs from 'node:fs';
import { DemoClock, generateDemo } from '../demo/generate';
import { Random } from '../demo/random';
import { closeDatabase, openDatabase } from '../db/open';
import { progressBar } from './progress';

/** The demo data set ends here, so the same seed always makes the same data. */
const DEMO_END = Date.UTC(2026, 10, 1);

/** `shortlist demo`: a new database full of realistic, reproducible data. */
export async function demo(file: string, candidates: number, seed: number): Promise<string> {
  if (fs.existsSync(file) && fs.statSync(file).size > 0) {
    throw new Error(`${file} already exists: the demo data set goes into a new file.`);
  }
  const random = new Random(seed);
  const clock = new DemoClock(DEMO_END);
  const core = await openDatabase(file, { clock, newId: random.idAt(() => clock.now().getTime()) });
  const started = performance.now();
  // A new file that is simply made again if the machine fails: no need to wait for the disk.
  core.db.pragma('synchronous = OFF');
  try {
    await generateDemo(core, clock, random, { candidates }, progressBar());
  } finally {
    core.db.pragma('synchronous = FULL');
    closeDatabase(core);
  }
  return `Made ${candidates} candidates in ${((performance.now() - started) / 1000).toFixed(1)} s: ${file}`;
}
