import { columnRoles, headerSynonyms, normalizeHeader } from "../../../src/core/read/columnRoles";

describe("normalizeHeader", () => {
  it.each([
    ["Customer ID", "customerid"],
    ["customer_id", "customerid"],
    ["Kunde-id", "kundeid"],
    ["KUNDE ID", "kundeid"],
    [" Købsdato ", "kobsdato"],
    ["Köpdatum", "kopdatum"],
    ["Omsætning", "omsaetning"],
    ["Försäljning", "forsaljning"],
    ["Intäkt", "intakt"],
    ["Første køb", "forstekob"],
    ["Första köp", "forstakop"],
    ["Beløb (kr.)", "belobkr"],
    ["Ordre-nr.", "ordrenr"],
    ["dollar_value", "dollarvalue"],
  ])("reduces %j to %j", (header, normalized) => {
    expect(normalizeHeader(header)).toBe(normalized);
  });
});

describe("headerSynonyms", () => {
  it("lists normalized names, each under one role only", () => {
    const seen = new Map<string, string>();
    for (const role of columnRoles) {
      for (const name of headerSynonyms[role]) {
        expect(normalizeHeader(name)).toBe(name);
        expect(seen.get(name)).toBeUndefined();
        seen.set(name, role);
      }
    }
  });

  it.each([
    ["customer", ["Customer", "Customer ID", "CustomerID", "Client", "Kunde", "Kunde-id", "Kundenavn", "Kundenummer", "Kund", "Kundnummer", "Kund-id", "id", "masterid", "sampleid"]],
    ["date", ["Date", "Order date", "Purchase date", "Dato", "Købsdato", "Ordredato", "Datum", "Köpdatum", "Orderdatum"]],
    ["amount", ["Amount", "Revenue", "Sales", "Total", "Value", "Price", "Beløb", "Købsbeløb", "Omsætning", "Belopp", "Summa", "Försäljning", "Intäkt", "dollar_value", "spent"]],
    ["quantity", ["Quantity", "Antal", "Qty", "cds", "number_of_cds"]],
    ["orderId", ["Order id", "Ordre-nr", "Ordernummer"]],
    ["purchases", ["Number of purchases", "Antal køb", "Antal köp", "Purchases", "Orders", "frequency"]],
    ["totalAmount", ["Total amount", "Samlet beløb", "Totalt belopp"]],
    ["averageAmount", ["Average amount", "Gennemsnitligt beløb", "Snittbelopp"]],
    ["firstPurchase", ["First purchase", "Første køb", "Första köp"]],
    ["lastPurchase", ["Last purchase", "Seneste køb", "Senaste köp"]],
  ] as const)("knows the %s headers of the typical export", (role, headers) => {
    for (const header of headers) expect(headerSynonyms[role]).toContain(normalizeHeader(header));
  });
});
