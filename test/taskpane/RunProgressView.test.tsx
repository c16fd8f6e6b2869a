/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { RunProgressView, runPhaseText } from "../../src/taskpane/RunProgressView";

describe("the Run step's progress", () => {
  it("names the phase with rows done of the total in the user's language", () => {
    expect(runPhaseText({ phase: "read", done: 3000, total: 6920, fraction: 0.15 }, "da")).toBe("Læser dataene (3.000 af 6.920 rækker) …");
    expect(runPhaseText({ phase: "write", done: 1200, total: 2400, fraction: 0.76 }, "en")).toBe("Writing the sheets (1,200 of 2,400 rows)…");
    expect(runPhaseText({ phase: "analyse", fraction: 0.4 }, "sv")).toBe("Skattar modellerna och poängsätter kunderna …");
    expect(runPhaseText({ phase: "write", fraction: 0.55 }, "en")).toBe("Writing the sheets…");
    expect(runPhaseText({ phase: "write", fraction: 0.55 }, "da")).toBe("Skriver arkene …");
  });

  it("shows one progress bar and a Cancel button that cancels", () => {
    const onCancel = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <RunProgressView language="en" progress={{ phase: "write", done: 1200, total: 2400, fraction: 0.76 }} onCancel={onCancel} />
      </FluentProvider>,
    );
    expect(screen.getByRole("progressbar", { name: "Progress" }).getAttribute("aria-valuenow")).toBe("0.76");
    expect(screen.getByText("Writing the sheets (1,200 of 2,400 rows)…")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
