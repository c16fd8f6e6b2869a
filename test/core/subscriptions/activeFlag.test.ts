import { yesNoFlag } from "../../../src/core/subscriptions/activeFlag";

describe("yesNoFlag", () => {
  it("reads logical values, 1/0 and yes/no words of English, Danish and Swedish in any case", () => {
    const yes = [true, 1, "1", "TRUE", "true", "Yes", "SAND", "sant", "Ja", " ja "];
    const no = [false, 0, "0", "FALSE", "no", "NO", "falsk", "FALSKT", "Nej"];
    expect(yes.map(yesNoFlag)).toEqual(yes.map(() => true));
    expect(no.map(yesNoFlag)).toEqual(no.map(() => false));
  });

  it("says neither for anything else: blanks, other numbers and words", () => {
    for (const cell of ["", " ", null, undefined, 2, 0.5, "maybe", "y", "aktiv", "1.0"]) expect(yesNoFlag(cell)).toBeUndefined();
  });
});
