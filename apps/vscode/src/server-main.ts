// The language server as the extension runs it: bundled with all its dependencies into
// dist/server.cjs. The language client starts it with `--node-ipc`, which startServer reads.
import { startServer } from '@seedlens/language-server';

startServer();
