#!/usr/bin/env node
/* The command line: runs the Node bundle that `npm run build` writes to dist/cli/. */
const fs = require("fs");
const path = require("path");

const bundle = path.join(__dirname, "..", "dist", "cli", "kundevaerdi.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write("kundevaerdi: the command line is not built yet. Run `npm run build` (or `npm run build:cli`) first.\n");
  process.exit(2);
}
require(bundle);
