import { useState } from "react";
import type { InPageHost } from "../excel/excelHost";
import type { SeedData } from "./seedData";
import { WorkbookView, type WorkbookViewProps } from "./WorkbookView";

export interface DemoPageProps extends WorkbookViewProps {
  source: SeedData["source"];
  /** Purchase rows seeded (without the header row). */
  dataRows: number;
  /** The production task pane page, opened in the iframe (its office.js is served from a local copy). */
  paneUrl: string;
  /** The host the pane finds on this page; the language menu sets its display language and reloads the pane. */
  host: InPageHost;
}

/** The display languages offered (the pane speaks English, Danish and Swedish). */
export const DEMO_LANGUAGES: ReadonlyArray<{ tag: string; name: string }> = [
  { tag: "en-US", name: "English" },
  { tag: "da-DK", name: "Dansk" },
  { tag: "sv-SE", name: "Svenska" },
];

/**
 * Where the demo's data came from, as the header says it; simulated data says so.
 * @example sourceLabel({ kind: "file", name: "cdnowElog.csv" }, 6919) // "Data: cdnowElog.csv (6,919 rows)"
 */
export function sourceLabel(source: SeedData["source"], dataRows: number): string {
  const rows = dataRows.toLocaleString("en-US");
  if (source.kind === "file") return `Data: ${source.name} (${rows} rows)`;
  return `Simulated purchase log, not real data: ${source.customers.toLocaleString("en-US")} customers, seed ${source.seed} (${rows} rows)`;
}

/**
 * The demo page: the in-page workbook on the left and the real task pane (the production build) on the right,
 * with a menu for Office's display language (changing it reloads the pane; the workbook stays as it is).
 * @example <DemoPage book={book} source={{ kind: "file", name: "cdnowElog.csv" }} dataRows={6919} paneUrl="/taskpane.html" host={host} />
 */
export function DemoPage({ book, source, dataRows, paneUrl, host }: DemoPageProps) {
  const [language, setLanguage] = useState(host.displayLanguage);
  const choose = (tag: string) => {
    host.displayLanguage = tag;
    setLanguage(tag);
  };
  const offered = DEMO_LANGUAGES.some((option) => option.tag === language) ? DEMO_LANGUAGES : [{ tag: language, name: language }, ...DEMO_LANGUAGES];
  return (
    <div className="demo">
      <header className="demo-header">
        <h1>Kundeværdi — the task pane on an in-page workbook (no Excel)</h1>
        <span className={source.kind === "simulated" ? "data-source simulated" : "data-source"}>{sourceLabel(source, dataRows)}</span>
        <label className="language">
          Office display language{" "}
          <select value={language} onChange={(event) => choose(event.target.value)}>
            {offered.map((option) => (
              <option key={option.tag} value={option.tag}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
      </header>
      <div className="demo-body">
        <WorkbookView book={book} />
        <iframe key={language} className="pane-frame" title="Kundeværdi task pane" src={paneUrl} />
      </div>
    </div>
  );
}
