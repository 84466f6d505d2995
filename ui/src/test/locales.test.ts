// Guards for the Fluent files and for how the UI uses them.
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { UNEXPECTED_ERROR_KEY } from "../lib/api";
import { APP_ERROR_KEYS, appErrorArgNames } from "../lib/ipc";

const ftlFiles = import.meta.glob<string>("../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

const uiFiles = import.meta.glob<string>(
  ["../**/*.ts", "../**/*.svelte", "!../**/*.test.ts", "!./**"],
  { query: "?raw", import: "default", eager: true },
);

const LOCALES = ["es-MX", "en"] as const;

// Loose shapes of @fluent/bundle's parsed patterns.
type Node = { type?: string; name?: string; selector?: Node; variants?: Variant[]; star?: number; args?: Node[]; value?: unknown };
type Variant = { key: { type: string; value: string | number }; value: unknown };

type Shape = { variables: string[]; selectors: string[]; references: string[] };

function walk(pattern: unknown, shape: Shape): void {
  if (typeof pattern === "string" || pattern === null || pattern === undefined) return;
  for (const element of pattern as Node[]) {
    if (typeof element === "string") continue;
    if (element.type === "var" && element.name) shape.variables.push(element.name);
    if (element.type === "mesg" && element.name) shape.references.push(element.name);
    if (element.type === "func") for (const arg of element.args ?? []) walk([arg], shape);
    if (element.type === "select" && element.selector && element.variants) {
      walk([element.selector], shape);
      const keys = element.variants.map((v, i) => `${i === element.star ? "*" : ""}${v.key.value}`);
      shape.selectors.push(`${element.selector.name ?? element.selector.type} → ${keys.sort().join(" ")}`);
      for (const variant of element.variants) walk(variant.value, shape);
    }
  }
}

function shapeOf(value: unknown, attributes: Record<string, unknown>): Shape {
  const shape: Shape = { variables: [], selectors: [], references: [] };
  walk(value, shape);
  for (const attribute of Object.values(attributes)) walk(attribute, shape);
  shape.variables = [...new Set(shape.variables)].sort();
  shape.selectors.sort();
  return shape;
}

/** Every message of one .ftl text, checking that the parser dropped none. */
function parse(name: string, text: string): Map<string, Shape> {
  const resource = new FluentResource(text);
  const declared = text.match(/^[a-zA-Z][\w-]*[ \t]*=/gm) ?? [];
  expect(resource.body.length, `${name}: a message failed to parse`).toBe(declared.length);
  const messages = new Map<string, Shape>();
  for (const entry of resource.body) {
    const id = "id" in entry ? entry.id : "";
    expect(messages.has(id), `${name}: ${id} is declared twice`).toBe(false);
    messages.set(id, shapeOf(entry.value, entry.attributes));
  }
  return messages;
}

function filesOf(locale: string): [string, string][] {
  return Object.entries(ftlFiles).filter(([path]) => path.split("/").at(-2) === locale);
}

function messagesOf(locale: string): Map<string, Shape> {
  const all = new Map<string, Shape>();
  for (const [path, text] of filesOf(locale)) {
    for (const [id, shape] of parse(path, text)) all.set(id, shape);
  }
  return all;
}

function appFtl(locale: string): Map<string, Shape> {
  const found = filesOf(locale).find(([path]) => path.endsWith("/app.ftl"));
  if (!found) throw new Error(`locales/${locale}/app.ftl is missing`);
  return parse(found[0], found[1]);
}

/** Every t("key", { args }) call in the UI source, outside tests. */
function tCalls(): { file: string; key: string; args: string[] | null }[] {
  const calls: { file: string; key: string; args: string[] | null }[] = [];
  for (const [file, source] of Object.entries(uiFiles)) {
    for (const match of source.matchAll(/(?<![\w.$])t\(\s*"([^"]+)"\s*(?:,\s*(\{[^}]*\}))?/g)) {
      const args = match[2]
        ? [...match[2].matchAll(/[{,]\s*(\w+)\s*(?=[:,}])/g)].map((m) => m[1]).sort()
        : null;
      calls.push({ file, key: match[1], args });
    }
  }
  return calls;
}

describe("locale files", () => {
  it("both languages have an app.ftl, and the UI uses some of its keys", () => {
    for (const locale of LOCALES) expect(appFtl(locale).size).toBeGreaterThan(50);
    expect(tCalls().length).toBeGreaterThan(50);
  });

  it("es-MX and en app.ftl have the same keys, variables and selectors", () => {
    const es = appFtl("es-MX");
    const en = appFtl("en");
    expect([...en.keys()].sort()).toEqual([...es.keys()].sort());
    for (const [id, shape] of es) {
      expect(en.get(id)?.variables, `variables of ${id}`).toEqual(shape.variables);
      expect(en.get(id)?.selectors, `selectors of ${id}`).toEqual(shape.selectors);
    }
  });

  it("every selector has an *[other] default and no [many] variant", () => {
    for (const locale of LOCALES) {
      for (const [id, shape] of messagesOf(locale)) {
        for (const selector of shape.selectors) {
          expect(selector, `${locale} ${id}`).toContain("*other");
          expect(selector, `${locale} ${id}`).not.toMatch(/\bmany\b/);
        }
      }
    }
  });

  it("every message a message refers to exists", () => {
    for (const locale of LOCALES) {
      const messages = messagesOf(locale);
      for (const [id, shape] of messages) {
        for (const reference of shape.references) {
          expect(messages.has(reference), `${locale} ${id} → ${reference}`).toBe(true);
        }
      }
    }
  });
});

describe("keys used by the UI", () => {
  it("every key used in ui/src exists in both languages, with the variables passed", () => {
    const keys = new Set([UNEXPECTED_ERROR_KEY, ...tCalls().map((c) => c.key)]);
    for (const locale of LOCALES) {
      const messages = messagesOf(locale);
      for (const key of keys) expect(messages.has(key), `${locale} lacks ${key}`).toBe(true);
      for (const call of tCalls()) {
        const expected = messages.get(call.key)?.variables ?? [];
        expect(call.args ?? [], `${call.file}: variables of ${call.key} (${locale})`).toEqual(expected);
      }
    }
  });

  it("t() is only ever called with a literal key", () => {
    for (const [file, source] of Object.entries(uiFiles)) {
      const dynamic = [...source.matchAll(/(?<![\w.$]|function )t\(\s*(?![")])/g)];
      expect(dynamic.map((m) => m[0]), file).toEqual([]);
    }
  });

  it("every AppError of bindings.ts has a message in both languages, using only its arguments", () => {
    expect(APP_ERROR_KEYS.length).toBeGreaterThan(10);
    for (const locale of LOCALES) {
      const messages = messagesOf(locale);
      for (const key of APP_ERROR_KEYS) {
        expect(messages.has(key), `${locale} lacks ${key}`).toBe(true);
        // A message may leave an argument out (the screen may show it apart), never use another.
        for (const variable of messages.get(key)?.variables ?? []) {
          expect(appErrorArgNames(key), `${locale} ${key} uses $${variable}`).toContain(variable);
        }
      }
    }
  });

  it("the error keys of the Rust side are left to errors.ftl (error-*), UI keys never use that prefix", () => {
    for (const locale of LOCALES) {
      for (const id of appFtl(locale).keys()) expect(id.startsWith("error-"), id).toBe(false);
    }
  });
});

/** Words of text and user-facing attribute values written literally in a .svelte file. */
function hardCodedText(source: string): string[] {
  const withoutCode = source
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "");
  let markup = "";
  let depth = 0;
  for (const char of withoutCode) {
    if (char === "{") depth += 1;
    else if (char === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0) markup += char;
  }
  const attributes = [
    ...markup.matchAll(
      /\s(aria-(?:label|description|valuetext|roledescription|placeholder)|title|placeholder|alt|label)="([^"]*)"/g,
    ),
  ]
    .filter((m) => /\p{L}/u.test(m[2]))
    .map((m) => m[0].trim());
  const words = markup
    .replace(/<[^>]*>/g, " ")
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word));
  return [...attributes, ...words];
}

describe("no hard-coded UI text in components", () => {
  it("the check finds literal text and labels", () => {
    const sample = `<script>let a = "x";</script>
      <button aria-label="Cerrar" title={t("x")}>{t("y")} Hola</button>
      <span aria-hidden="true">🛡️</span><style>p { content: "z"; }</style>`;
    expect(hardCodedText(sample)).toEqual(['aria-label="Cerrar"', "Hola"]);
  });

  const components = Object.entries(uiFiles).filter(([file]) => file.endsWith(".svelte"));
  it.each(components)("%s", (_file, source) => {
    expect(hardCodedText(source)).toEqual([]);
  });
});
