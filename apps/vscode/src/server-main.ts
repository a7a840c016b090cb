// The language server as the extension runs it: bundled with all its dependencies into
// dist/server.cjs. The language client starts it with `--node-ipc`, which startServer reads.
import { boundHeapGrowth, startServer } from '@seedlens/language-server';

// The server's process is the extension's: its heap bounded as the language server's command bounds it.
boundHeapGrowth();
startServer();
