/* Where the add-in is served from: https://localhost:3000/ while developing, a configurable URL in production. */
const { sources } = require("webpack");
const packageJson = require("../package.json");

/** The URL that manifest.xml and the sources use; the production build rewrites it. */
const DEV_URL = "https://localhost:3000/";

/**
 * The production URL: `KV_PRODUCTION_URL` if set, else `config.production_url` in package.json.
 * It must be https (Office loads add-ins over https only) and end with a slash.
 * @example KV_PRODUCTION_URL=https://addin.example.com/ npm run build
 */
function productionUrl(environment = process.env) {
  const url = environment.KV_PRODUCTION_URL || packageJson.config.production_url;
  if (!/^https:\/\/[^/\s]+\/(\S*\/)?$/.test(url)) {
    throw new Error(`The production URL must be https and end with "/": got "${url}". Set KV_PRODUCTION_URL.`);
  }
  return url;
}

/** Replaces the dev URL in the named emitted assets (manifest.xml, functions.json, …) with the target URL. */
class RewriteUrlsPlugin {
  constructor({ from, to, assets }) {
    this.from = from;
    this.to = to;
    this.assets = assets;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteUrlsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          if (this.from === this.to) return;
          for (const name of this.assets) {
            const asset = compilation.getAsset(name);
            if (!asset) continue;
            const text = asset.source.source().toString().split(this.from).join(this.to);
            compilation.updateAsset(name, new sources.RawSource(text));
          }
        },
      );
    });
  }
}

module.exports = { DEV_URL, productionUrl, RewriteUrlsPlugin };
