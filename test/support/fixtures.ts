import * as fs from "node:fs";
import * as path from "node:path";

/** The folder of the reference data files (test/fixtures; its README gives each file's source and quirks). */
export const FIXTURES_FOLDER = path.resolve(__dirname, "../fixtures");

/**
 * The path of a reference data file.
 * @example fixturePath("cdnowElog.csv") // ".../test/fixtures/cdnowElog.csv"
 */
export function fixturePath(file: string): string {
  return path.join(FIXTURES_FOLDER, file);
}

/**
 * A reference data file's text (UTF-8).
 * @example readFixture("cdnowElog.csv").split("\n")[0] // "masterid,sampleid,date,cds,sales"
 */
export function readFixture(file: string): string {
  return fs.readFileSync(fixturePath(file), "utf8");
}
