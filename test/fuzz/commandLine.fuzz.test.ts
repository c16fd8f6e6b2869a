/**
 * Fuzz tests of the command line (`kundevaerdi analyze FILE --json`) on messy purchase files: it never throws, ends
 * with a message and exit code 1 or 2 when it cannot analyse, accounts for every line, and gives the same result
 * for the same purchases whatever the delimiter (comma, semicolon, tab) and encoding (UTF-8, Windows-1252, UTF-16).
 */
import { outputText } from "../../src/cli/outputText";
import fc from "fast-check";
import { runAnalyzeCommand, type CommandIo } from "../../src/cli/analyzeCommand";
import { fuzzRuns, fuzzSeed, messyTable, purchase, purchaseRows, purchaseTriples, tableFormat } from "./messyTables";

/** The command's runs are heavier than a read (every run fits the models): a quarter of the runs. */
const options = { numRuns: Math.max(10, Math.floor(fuzzRuns / 4)), seed: fuzzSeed };

type Encoding = "utf-8" | "windows-1252" | "utf-16le";

/** Windows-1252 bytes of text made of Latin-1 letters and € (the generators' alphabet). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => {
    if (character === "€") return 0x80;
    const code = character.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`no Windows-1252 byte for ${JSON.stringify(character)}`);
    return code;
  });
}

function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === "utf-8") return new TextEncoder().encode(text);
  if (encoding === "windows-1252") return windows1252(text);
  return Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
}

/** A cell as a spreadsheet writes it to a delimited file: numbers plainly, text quoted when it must be. */
function fileCell(cell: unknown, delimiter: string): string {
  if (cell === null || cell === undefined) return "";
  const text = typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : String(cell);
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

function fileText(rows: unknown[][], delimiter: string): string {
  return `${rows.map((row) => row.map((cell) => fileCell(cell, delimiter)).join(delimiter)).join("\r\n")}\r\n`;
}

/** Runs the command on one file's bytes; the result's JSON when it analysed, else its exit code and message. */
function analyse(bytes: Uint8Array): { code: number; json?: Record<string, any>; stderr: string } {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = { readFile: () => bytes, stdout: (output) => (stdout += outputText([output])), stderr: (text) => (stderr += text) };
  const code = runAnalyzeCommand(["analyze", "purchases.csv", "--json", "--language", "en"], io, "en");
  return { code, stderr, json: code === 0 ? JSON.parse(stdout) : undefined };
}

const delimiters = fc.constantFrom(",", ";", "\t");
const encodings = fc.constantFrom<Encoding>("utf-8", "windows-1252", "utf-16le");
const latin = (rows: unknown[][]) => rows.every((row) => row.every((cell) => typeof cell !== "string" || [...cell].every((c) => c === "€" || c.charCodeAt(0) <= 0xff)));

describe("the command line on messy purchase files (fuzz)", () => {
  it("never throws, explains a refusal, and accounts for every line it reads", () => {
    fc.assert(
      fc.property(messyTable.filter(({ rows }) => latin(rows)), delimiters, encodings, ({ rows }, delimiter, encoding) => {
        const text = fileText(rows, delimiter);
        const result = analyse(encode(text, encoding));
        expect([0, 1, 2]).toContain(result.code);
        if (!result.json) {
          expect(result.stderr.trim()).not.toBe("");
          return;
        }
        const { rowsRead, rowsSkipped, emptyRows, problems } = result.json;
        const dataLines = text.split("\r\n").length - 2; // the header and the final line break are no data rows
        expect(rowsRead + rowsSkipped + emptyRows).toBe(dataLines);
        expect(rowsRead).toBeGreaterThan(0);
        for (const problem of problems) {
          expect(problem.row).toBeGreaterThan(1);
          expect(problem.row).toBeLessThanOrEqual(rows.length);
          expect(typeof problem.message).toBe("string");
        }
      }),
      options,
    );
  });

  it("gives the same result for the same purchases in every delimiter and encoding", () => {
    fc.assert(
      fc.property(
        fc.array(purchase, { minLength: 1, maxLength: 30 }),
        tableFormat,
        fc.tuple(delimiters, encodings),
        fc.tuple(delimiters, encodings),
        (purchases, format, [firstDelimiter, firstEncoding], [secondDelimiter, secondEncoding]) => {
          const rows = purchaseRows(purchases, format);
          fc.pre(latin(rows));
          const [a, b] = [analyse(encode(fileText(rows, firstDelimiter), firstEncoding)), analyse(encode(fileText(rows, secondDelimiter), secondEncoding))];
          expect(a.code).toBe(0);
          expect(b.code).toBe(0);
          const comparable = (json: Record<string, any> | undefined) => ({ ...json, encoding: undefined, delimiter: undefined, notices: undefined });
          expect(comparable(b.json)).toEqual(comparable(a.json));
          expect(a.json?.rowsRead).toBe(purchases.length);
          expect(purchaseTriples(purchases)).toHaveLength(purchases.length);
        },
      ),
      options,
    );
  });
});
