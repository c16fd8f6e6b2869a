/*
 * Webpack plugin: after custom-functions-metadata-plugin has put functions.json (English, from the JSDoc) into the
 * build, writes one metadata file per translated language (functions.da.json, functions.sv.json) from it and
 * src/i18n/functionNames.json (names and descriptions) and src/i18n/functionChoices.json (the tooltips of the choices
 * AutoComplete offers, beside functionNames.json). Missing or invalid translations fail the build; translations of functions that do
 * not exist (yet) and English fallbacks for parameter descriptions are build warnings (scripts/functionTranslations.js).
 */
const fs = require("fs");
const path = require("path");
const { sources, WebpackError } = require("webpack");
const { LANGUAGES, checkTranslations, localeFileName, localizeMetadata } = require("./functionTranslations.js");

const PLUGIN_NAME = "LocalizedFunctionsMetadataPlugin";

class LocalizedFunctionsMetadataPlugin {
  /**
   * @param {{ metadata: string, translations: string, choices?: string, languages?: string[] }} options `metadata`: the
   * English asset (functions.json); `translations`: path of the translations JSON; `choices`: path of the choices'
   * tooltips (default functionChoices.json beside it); `languages`: default da and sv.
   */
  constructor({ metadata, translations, choices = path.join(path.dirname(translations), "functionChoices.json"), languages = Object.keys(LANGUAGES) }) {
    this.metadata = metadata;
    this.translations = translations;
    this.choices = choices;
    this.languages = languages;
  }

  /** The files this plugin emits (relative to the output folder). */
  outputFiles() {
    return this.languages.map(localeFileName);
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN_NAME, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.fileDependencies.add(this.translations);
        compilation.fileDependencies.add(this.choices);
        const asset = compilation.getAsset(this.metadata);
        if (!asset) {
          compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${this.metadata} was not generated, so there are no translated function metadata files`));
          return;
        }
        const metadata = JSON.parse(asset.source.source().toString());
        const translations = JSON.parse(fs.readFileSync(this.translations, "utf8"));
        const choiceTooltips = JSON.parse(fs.readFileSync(this.choices, "utf8"));
        const { problems, warnings } = checkTranslations(metadata, translations, this.languages, choiceTooltips);
        for (const problem of problems) compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${problem}`));
        for (const warning of warnings) compilation.warnings.push(new WebpackError(`${PLUGIN_NAME}: ${warning}`));
        for (const language of this.languages) {
          const text = `${JSON.stringify(localizeMetadata(metadata, translations, language, choiceTooltips), null, 2)}\n`;
          compilation.emitAsset(localeFileName(language), new sources.RawSource(text));
        }
      });
    });
  }
}

module.exports = { LocalizedFunctionsMetadataPlugin };
