import { createRoot } from "react-dom/client";
import { insertFormulaInSelection } from "../excel/insertFormula";
import { resolveLanguage } from "../i18n/language";
import { App } from "./App";
import { formulaCatalog } from "./formulaCatalog";

/** Office's display language inside Office; the browser's language when the page is opened elsewhere. */
function displayLanguage(): string | undefined {
  try {
    return Office.context?.displayLanguage || navigator.language;
  } catch {
    return navigator.language;
  }
}

Office.onReady((info) => {
  const language = resolveLanguage(displayLanguage());
  document.documentElement.lang = language;
  const inExcel = info.host === Office.HostType.Excel;
  createRoot(document.getElementById("root") as HTMLElement).render(
    <App language={language} formulas={formulaCatalog} insertFormula={inExcel ? insertFormulaInSelection : undefined} />,
  );
});
