/** The package version, injected at build time (tsup `define`) and in tests (vitest `define`). */
declare const __SEEDLENS_VERSION__: string;
