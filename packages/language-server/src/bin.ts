import { boundHeapGrowth } from '@seedlens/query';
import { startServer } from './server.js';

declare const __SEEDLENS_VERSION__: string;

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
const args = process.argv.slice(2);

// This process is ours: V8 would let its heap grow up to fourfold between full collections while
// a large workspace is indexed on a busy machine (see @seedlens/query's heap-growth.ts).
boundHeapGrowth();

if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${__SEEDLENS_VERSION__}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    [
      'Usage: seedlens-language-server [--stdio | --node-ipc | --socket=PORT]',
      '',
      'The seedlens language server: actors, places and dates in folders of news articles,',
      'for any editor that speaks the Language Server Protocol. Talks over stdio by default.',
      '',
    ].join('\n'),
  );
} else {
  // vscode-languageserver picks the transport from the command line; stdio unless told otherwise.
  if (!args.some((arg) => TRANSPORTS.some((t) => arg === t || arg.startsWith(`${t}=`)))) process.argv.push('--stdio');
  startServer();
}
