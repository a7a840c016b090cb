// tsup.config.ts
import { defineConfig } from "tsup";

// package.json
var package_default = {
  name: "seedlens",
  version: "0.1.0",
  description: "Command line for seedlens: extract the actors, places and dates of a folder of news articles as JSON lines or a readable report.",
  license: "MIT",
  type: "module",
  bin: {
    seedlens: "./dist/bin.js"
  },
  files: [
    "dist",
    "README.md",
    "LICENSE"
  ],
  engines: {
    node: ">=20"
  },
  keywords: [
    "cli",
    "ner",
    "timex3",
    "news",
    "entity-linking"
  ],
  scripts: {
    build: "tsup",
    test: "vitest run",
    lint: "tsc --noEmit -p ."
  },
  dependencies: {
    "@seedlens/core": "^0.1.0"
  }
};

// tsup.config.ts
var tsup_config_default = defineConfig({
  entry: { bin: "src/bin.ts" },
  format: ["esm"],
  clean: true,
  sourcemap: true,
  target: "node20",
  platform: "node",
  banner: { js: "#!/usr/bin/env node" },
  // @seedlens/core stays a dependency (tsup externalizes dependencies).
  define: { __SEEDLENS_VERSION__: JSON.stringify(package_default.version) }
});
export {
  tsup_config_default as default
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsidHN1cC5jb25maWcudHMiLCAicGFja2FnZS5qc29uIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJjb25zdCBfX2luamVjdGVkX2ZpbGVuYW1lX18gPSBcIi93b3JrL21haW4vcGFja2FnZXMvY2xpL3RzdXAuY29uZmlnLnRzXCI7Y29uc3QgX19pbmplY3RlZF9kaXJuYW1lX18gPSBcIi93b3JrL21haW4vcGFja2FnZXMvY2xpXCI7Y29uc3QgX19pbmplY3RlZF9pbXBvcnRfbWV0YV91cmxfXyA9IFwiZmlsZTovLy93b3JrL21haW4vcGFja2FnZXMvY2xpL3RzdXAuY29uZmlnLnRzXCI7aW1wb3J0IHsgZGVmaW5lQ29uZmlnIH0gZnJvbSAndHN1cCc7XG5pbXBvcnQgcGtnIGZyb20gJy4vcGFja2FnZS5qc29uJyB3aXRoIHsgdHlwZTogJ2pzb24nIH07XG5cbmV4cG9ydCBkZWZhdWx0IGRlZmluZUNvbmZpZyh7XG4gIGVudHJ5OiB7IGJpbjogJ3NyYy9iaW4udHMnIH0sXG4gIGZvcm1hdDogWydlc20nXSxcbiAgY2xlYW46IHRydWUsXG4gIHNvdXJjZW1hcDogdHJ1ZSxcbiAgdGFyZ2V0OiAnbm9kZTIwJyxcbiAgcGxhdGZvcm06ICdub2RlJyxcbiAgYmFubmVyOiB7IGpzOiAnIyEvdXNyL2Jpbi9lbnYgbm9kZScgfSxcbiAgLy8gQHNlZWRsZW5zL2NvcmUgc3RheXMgYSBkZXBlbmRlbmN5ICh0c3VwIGV4dGVybmFsaXplcyBkZXBlbmRlbmNpZXMpLlxuICBkZWZpbmU6IHsgX19TRUVETEVOU19WRVJTSU9OX186IEpTT04uc3RyaW5naWZ5KHBrZy52ZXJzaW9uKSB9LFxufSk7XG4iLCAie1xuICBcIm5hbWVcIjogXCJzZWVkbGVuc1wiLFxuICBcInZlcnNpb25cIjogXCIwLjEuMFwiLFxuICBcImRlc2NyaXB0aW9uXCI6IFwiQ29tbWFuZCBsaW5lIGZvciBzZWVkbGVuczogZXh0cmFjdCB0aGUgYWN0b3JzLCBwbGFjZXMgYW5kIGRhdGVzIG9mIGEgZm9sZGVyIG9mIG5ld3MgYXJ0aWNsZXMgYXMgSlNPTiBsaW5lcyBvciBhIHJlYWRhYmxlIHJlcG9ydC5cIixcbiAgXCJsaWNlbnNlXCI6IFwiTUlUXCIsXG4gIFwidHlwZVwiOiBcIm1vZHVsZVwiLFxuICBcImJpblwiOiB7XG4gICAgXCJzZWVkbGVuc1wiOiBcIi4vZGlzdC9iaW4uanNcIlxuICB9LFxuICBcImZpbGVzXCI6IFtcbiAgICBcImRpc3RcIixcbiAgICBcIlJFQURNRS5tZFwiLFxuICAgIFwiTElDRU5TRVwiXG4gIF0sXG4gIFwiZW5naW5lc1wiOiB7XG4gICAgXCJub2RlXCI6IFwiPj0yMFwiXG4gIH0sXG4gIFwia2V5d29yZHNcIjogW1xuICAgIFwiY2xpXCIsXG4gICAgXCJuZXJcIixcbiAgICBcInRpbWV4M1wiLFxuICAgIFwibmV3c1wiLFxuICAgIFwiZW50aXR5LWxpbmtpbmdcIlxuICBdLFxuICBcInNjcmlwdHNcIjoge1xuICAgIFwiYnVpbGRcIjogXCJ0c3VwXCIsXG4gICAgXCJ0ZXN0XCI6IFwidml0ZXN0IHJ1blwiLFxuICAgIFwibGludFwiOiBcInRzYyAtLW5vRW1pdCAtcCAuXCJcbiAgfSxcbiAgXCJkZXBlbmRlbmNpZXNcIjoge1xuICAgIFwiQHNlZWRsZW5zL2NvcmVcIjogXCJeMC4xLjBcIlxuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBQW1OLFNBQVMsb0JBQW9COzs7QUNBaFA7QUFBQSxFQUNFLE1BQVE7QUFBQSxFQUNSLFNBQVc7QUFBQSxFQUNYLGFBQWU7QUFBQSxFQUNmLFNBQVc7QUFBQSxFQUNYLE1BQVE7QUFBQSxFQUNSLEtBQU87QUFBQSxJQUNMLFVBQVk7QUFBQSxFQUNkO0FBQUEsRUFDQSxPQUFTO0FBQUEsSUFDUDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsRUFDRjtBQUFBLEVBQ0EsU0FBVztBQUFBLElBQ1QsTUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBLFVBQVk7QUFBQSxJQUNWO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLEVBQ0Y7QUFBQSxFQUNBLFNBQVc7QUFBQSxJQUNULE9BQVM7QUFBQSxJQUNULE1BQVE7QUFBQSxJQUNSLE1BQVE7QUFBQSxFQUNWO0FBQUEsRUFDQSxjQUFnQjtBQUFBLElBQ2Qsa0JBQWtCO0FBQUEsRUFDcEI7QUFDRjs7O0FEN0JBLElBQU8sc0JBQVEsYUFBYTtBQUFBLEVBQzFCLE9BQU8sRUFBRSxLQUFLLGFBQWE7QUFBQSxFQUMzQixRQUFRLENBQUMsS0FBSztBQUFBLEVBQ2QsT0FBTztBQUFBLEVBQ1AsV0FBVztBQUFBLEVBQ1gsUUFBUTtBQUFBLEVBQ1IsVUFBVTtBQUFBLEVBQ1YsUUFBUSxFQUFFLElBQUksc0JBQXNCO0FBQUE7QUFBQSxFQUVwQyxRQUFRLEVBQUUsc0JBQXNCLEtBQUssVUFBVSxnQkFBSSxPQUFPLEVBQUU7QUFDOUQsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
