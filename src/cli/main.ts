import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { OpenError } from '../db/errors';
import { closeDatabase, openDatabase } from '../db/open';
import { defaultDatabasePath } from '../platform/paths';
import { startPreviewServer } from '../server/http';
import { check } from './check';
import { demo } from './demo';

const usage = `Usage: shortlist <command> [options]

Commands:
  check --db <file>               check a database's integrity; print its schema version and counts
  serve [--db <file>] [--port n]  serve the app in a browser on 127.0.0.1 (the preview)
  demo --db <file> --candidates <n> [--seed <s>]
                                  make a new database full of realistic, reproducible data

--db defaults to the desktop app's database: ${defaultDatabasePath()}`;

const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      candidates: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help || command === undefined || command === 'help') {
    console.log(usage);
    return;
  }
  const db = path.resolve(values.db ?? defaultDatabasePath());
  switch (command) {
    case 'check':
      if (!values.db) throw new UsageError('check needs --db <file>.');
      for (const line of check(db)) console.log(line);
      return;
    case 'serve': {
      const port = Number(values.port ?? 4780);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535.');
      const core = await openDatabase(db);
      const server = await startPreviewServer(core, { port, staticDir: rendererDir });
      console.log(`Shortlist preview: ${server.url}`);
      console.log(`Database: ${db}`);
      const stop = () => void server.close().finally(() => (closeDatabase(core), process.exit(0)));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return;
    }
    case 'demo': {
      if (!values.db) throw new UsageError('demo needs --db <file>: a new file for the data set.');
      const candidates = Number(values.candidates ?? 1000);
      const seed = Number(values.seed ?? 1);
      if (!Number.isInteger(candidates) || candidates < 1 || candidates > 1_000_000) {
        throw new UsageError('--candidates must be a whole number from 1 to 1000000.');
      }
      if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number.');
      console.log(await demo(db, candidates, seed));
      return;
    }
    default:
      throw new UsageError(`Unknown command “${command}”.`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`shortlist: ${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  console.error(`shortlist: ${error instanceof OpenError || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
