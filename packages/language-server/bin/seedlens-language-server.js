#!/usr/bin/env node
// The `seedlens-language-server` command. This file is committed, not built, so that npm links the
// command when it installs the package, in a checkout too (where dist/ is built after `npm ci`);
// it runs the build.
import { existsSync } from 'node:fs';

const program = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(program)) {
  process.stderr.write('seedlens-language-server: not built yet: run `npm run build` at the root of the checkout\n');
  process.exit(1);
}
await import(program.href);
