import { createRoot } from "react-dom/client";
import { connectInPageHost, officeDisplayLanguage, officeTheme } from "../excel/excelHost";
import { resolveLanguage } from "../i18n/language";
import { App } from "./App";
import { excelWorkbook } from "./excelWorkbook";
import { formulaCatalog } from "./formulaCatalog";

Office.onReady((info) => {
  // Outside Excel, a same-origin parent page may host an in-page workbook (the demo, the end-to-end test).
  const inPageHost = info.host === Office.HostType.Excel ? undefined : connectInPageHost(window);
  const inExcel = info.host === Office.HostType.Excel || inPageHost !== undefined;
  const language = resolveLanguage(inPageHost?.displayLanguage ?? officeDisplayLanguage() ?? navigator.language);
  document.documentElement.lang = language;
  createRoot(document.getElementById("root") as HTMLElement).render(
    <App language={language} formulas={formulaCatalog} workbook={inExcel ? excelWorkbook : undefined} officeTheme={inPageHost ? inPageHost.officeTheme : officeTheme()} />,
  );
});
