// What each export of a built TypeScript package (made by error-codes'
// generator, `dist/` built by `tsc`) costs a frontend: an entry that imports
// that one export from the package root, bundled as frontends bundle,
// minified, then gzipped (level 9).
//
//   node measure.mjs PACKAGE_DIR [--exports A,B,...] [--json FILE]
//
// PACKAGE_DIR holds the package's package.json and its built dist/. Two
// bundlers, pinned by this folder's package-lock.json:
//   - esbuild: `--bundle --minify --format=esm`;
//   - rollup with @rollup/plugin-node-resolve (which honours the package's
//     `"sideEffects": false`) and @rollup/plugin-terser (defaults), ES output.
// Every runtime export of the package root (or those --exports names), and
// everything at once (`*`). Prints a Markdown table; with --json, also writes
// FILE: { package, codes, codeBytes, exports: { NAME: { esbuild: { min,
// gzip }, rollup: { min, gzip } } } }, where `codeBytes` is the sum of each
// code's length plus 3 (a string literal and its comma in an array).
// Used by scripts/ts-bundle-size.sh and tests/tests/it/ts_bundle_size.rs.

import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

import { build } from "esbuild";
import { rollup } from "rollup";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args.splice(at, 2)[1];
};
const only = option("--exports")?.split(",");
const jsonFile = option("--json");
const [packageArg] = args;
if (packageArg === undefined || args.length !== 1) {
  process.stderr.write("usage: node measure.mjs PACKAGE_DIR [--exports A,B,...] [--json FILE]\n");
  process.exit(2);
}
const packageDir = resolve(packageArg);
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const name = manifest.name;
const root = await import(pathToFileURL(join(packageDir, "dist/index.js")).href);
const exports = only ?? Object.keys(root).sort();
for (const exported of exports) {
  if (!(exported in root)) {
    throw new Error(`${name} exports no ${exported}`);
  }
}
const codes = root.ERROR_CODES;
const codeBytes = codes.reduce((sum, code) => sum + code.length + 3, 0);

// A project that depends on the package: node_modules/NAME is the package.
const app = mkdtempSync(join(tmpdir(), "ts-bundle-size-"));
const link = join(app, "node_modules", name);
mkdirSync(dirname(link), { recursive: true });
symlinkSync(packageDir, link, "dir");

const sizes = (code) => ({ min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length });

async function withEsbuild(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  return sizes(result.outputFiles[0].text);
}

async function withRollup(entry) {
  const bundle = await rollup({ input: entry, plugins: [nodeResolve(), terser()], logLevel: "silent" });
  try {
    const { output } = await bundle.generate({ format: "es" });
    return sizes(output[0].code);
  } finally {
    await bundle.close();
  }
}

const figures = {};
const entries = [...exports.map((e) => [e, `export { ${e} } from "${name}";\n`]), ["*", `export * from "${name}";\n`]];
try {
  for (const [exported, source] of entries) {
    const entry = join(app, `entry-${exported === "*" ? "all" : exported}.js`);
    writeFileSync(entry, source);
    figures[exported] = { esbuild: await withEsbuild(entry), rollup: await withRollup(entry) };
  }
} finally {
  rmSync(app, { recursive: true, force: true });
}

if (jsonFile !== undefined) {
  writeFileSync(jsonFile, `${JSON.stringify({ package: name, codes: codes.length, codeBytes, exports: figures }, null, 2)}\n`);
}
const kb = (n) => (n < 1000 ? `${n} B` : `${(n / 1000).toFixed(1)} kB`);
const rows = [
  `${name}: ${codes.length} codes (their bytes in an array: ${kb(codeBytes)}).`,
  "",
  "| Export imported alone | esbuild, minified | gzipped | rollup + terser, minified | gzipped |",
  "|---|--:|--:|--:|--:|",
];
for (const [exported, { esbuild, rollup: viaRollup }] of Object.entries(figures)) {
  const label = exported === "*" ? "everything (`export *`)" : `\`${exported}\``;
  rows.push(`| ${label} | ${kb(esbuild.min)} | ${kb(esbuild.gzip)} | ${kb(viaRollup.min)} | ${kb(viaRollup.gzip)} |`);
}
process.stdout.write(`${rows.join("\n")}\n`);
