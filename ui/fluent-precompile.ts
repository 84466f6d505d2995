// A Vite plugin: `import json from "x.ftl?fluent"` gives the file's messages already
// parsed by @fluent/bundle's own parser, as a JSON text (a FluentResource's `body`).
// The app runs JavaScriptCore without its JIT (src-tauri/src/javascript_engine.rs),
// where the parser's regular expressions took 5 to 6 ms over one language's files
// before the first screen; JSON.parse does the same in about 1 ms (README, "How fast").
import { readFile } from "node:fs/promises";
import { FluentResource } from "@fluent/bundle";
import type { Plugin } from "vite";

const QUERY = "?fluent";

/** A line that starts a message or a term: what a parse must keep, one entry each. */
const DECLARATION = /^(-?[a-zA-Z][\w-]*)[ \t]*=/gm;

export function fluentPrecompile(): Plugin {
  return {
    name: "ciberescudo-fluent-precompile",
    enforce: "pre",
    async load(id) {
      if (!id.endsWith(QUERY)) return null;
      const path = id.slice(0, -QUERY.length);
      this.addWatchFile(path);
      const text = await readFile(path, "utf8");
      const { body } = new FluentResource(text);
      // The parser skips what it cannot read without a word: fail the build instead.
      const parsed = new Set(body.map((entry) => entry.id));
      const dropped = [...text.matchAll(DECLARATION)].map((m) => m[1]).filter((id) => !parsed.has(id));
      if (dropped.length > 0) this.error(`${path}: these messages do not parse: ${dropped.join(", ")}`);
      // A string, not an object literal: the page turns it into objects with
      // JSON.parse only when it first needs that language.
      return `export default ${JSON.stringify(JSON.stringify(body))};`;
    },
  };
}
