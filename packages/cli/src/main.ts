import { EXTRACT_USAGE, parseTopLevel, UsageError } from './args.js';
import { ENTITIES_USAGE, MAP_USAGE, QUERY_USAGE, RELATED_USAGE, REPORT_USAGE, TIMELINE_USAGE } from './corpus-args.js';
import { EXIT_OK, EXIT_USAGE, type Io } from './io.js';
import { printable } from './printable.js';

/** A subcommand: parses its own arguments (throwing UsageError) and returns the exit code. */
export interface Command {
  summary: string;
  usage: string;
  run(args: readonly string[], io: Io): Promise<number>;
}

/**
 * The commands, in the order `--help` lists them. New commands (query, related, timeline, …) go
 * here. Each loads its module only when it runs, so `--help` and `--version` stay fast.
 */
export const COMMANDS: Record<string, Command> = {
  extract: {
    summary: 'find the actors, places and dates in articles (jsonl or a table)',
    usage: EXTRACT_USAGE,
    run: async (args, io) => (await import('./extract.js')).extractCommand(args, io),
  },
  report: {
    summary: 'a corpus at a glance: main actors, places and dates, timeline, related articles',
    usage: REPORT_USAGE,
    run: async (args, io) => (await import('./report-command.js')).reportCommand(args, io),
  },
  query: {
    summary: 'articles matching a query (actor:, place:, date:, after:, before:, "phrase", -, OR)',
    usage: QUERY_USAGE,
    run: async (args, io) => (await import('./query-command.js')).queryCommand(args, io),
  },
  related: {
    summary: 'the articles most related to one article, and why',
    usage: RELATED_USAGE,
    run: async (args, io) => (await import('./related-command.js')).relatedCommand(args, io),
  },
  timeline: {
    summary: 'dated mentions in calendar order, for the corpus, an actor, a place or a query',
    usage: TIMELINE_USAGE,
    run: async (args, io) => (await import('./timeline-command.js')).timelineCommand(args, io),
  },
  entities: {
    summary: 'every entity of the corpus with its names and counts',
    usage: ENTITIES_USAGE,
    run: async (args, io) => (await import('./entities-command.js')).entitiesCommand(args, io),
  },
  map: {
    summary: 'the places of the corpus on a world map (a standalone html page, geojson or svg)',
    usage: MAP_USAGE,
    run: async (args, io) => (await import('./map-command.js')).mapCommand(args, io),
  },
};

export const VERSION = __SEEDLENS_VERSION__;

export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const list = Object.entries(COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
    .join('\n');
  return `seedlens ${VERSION} — the actors, places and dates of a folder of news articles

Usage: seedlens <command> [options] [PATH...]
       seedlens --help | --version
       seedlens <command> --help

Commands:
${list}
`;
}

/** Dispatches argv (without node and the script) to a command; never throws, returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let commandName: string | undefined;
  try {
    const top = parseTopLevel(argv);
    if (top.kind === 'help') {
      io.stdout.write(helpText());
      return EXIT_OK;
    }
    if (top.kind === 'version') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    }
    const command = COMMANDS[top.name];
    if (!Object.hasOwn(COMMANDS, top.name) || !command) throw new UsageError(`unknown command '${top.name}'`);
    commandName = top.name;
    return await command.run(top.args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const help = commandName ? `seedlens ${commandName} --help` : 'seedlens --help';
      io.stderr.write(`seedlens: ${printable(error.message)}\nTry '${help}' for usage.\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
