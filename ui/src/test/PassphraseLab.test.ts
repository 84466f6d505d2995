import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import PassphraseLab from "../components/PassphraseLab.svelte";
import type { PassphraseLabView } from "../lib/bindings";
import { ANA, activityView, fakeBackend, LAB } from "./fake-backend";

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const backend = fakeBackend();
  const activity = activityView(LAB, "es-MX") as PassphraseLabView;
  const view = render(PassphraseLab, { props: { profile: ANA, lessonId: "passwords-8-11", activity } });
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  return { backend, view, user };
}

const input = () => screen.getByTestId("passphrase-input") as HTMLInputElement;
const meter = () => screen.getByTestId("passphrase-meter");

describe("passphrase lab", () => {
  it("is a private text box: hidden, no autocomplete or spell check, and says nothing is saved", async () => {
    const { user } = setup();
    expect(input().type).toBe("password");
    expect(input().getAttribute("autocomplete")).toBe("off");
    expect(input().getAttribute("spellcheck")).toBe("false");
    expect(screen.getByLabelText("Escribe una frase de práctica")).toBe(input());
    expect(screen.getByTestId("passphrase-private").textContent).toContain("no se guarda");

    const toggle = screen.getByTestId("passphrase-toggle");
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    await user.click(toggle);
    expect(input().type).toBe("text");
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
  });

  it("estimates the strength once typing pauses, and shows it in words", async () => {
    const { backend, user } = setup();
    expect(meter().dataset.score).toBeUndefined();
    expect(screen.getByTestId("passphrase-label").getAttribute("aria-live")).toBe("polite");
    expect((screen.getByTestId("passphrase-done") as HTMLButtonElement).disabled).toBe(true);

    await user.type(input(), "taco nube");
    expect(backend.callsTo("estimate_passphrase")).toEqual([]);
    await vi.advanceTimersByTimeAsync(150);
    expect(backend.callsTo("estimate_passphrase")).toEqual([{ text: "taco nube" }]);
    await vi.waitFor(() => expect(meter().dataset.score).toBe("2"));
    expect(screen.getByTestId("passphrase-label").textContent?.trim()).toBe("Se podría adivinar");
    expect(meter().textContent).toContain("2 palabras");

    await user.type(input(), " jirafa trompeta");
    await vi.advanceTimersByTimeAsync(150);
    expect(backend.callsTo("estimate_passphrase")).toEqual([{ text: "taco nube" }, { text: "taco nube jirafa trompeta" }]);
    await vi.waitFor(() => expect(meter().dataset.score).toBe("4"));
    expect(screen.getByTestId("passphrase-label").textContent?.trim()).toBe("Muy difícil de adivinar");
  });

  it("shows the tips the Rust side names, in order and in this language", async () => {
    const { user } = setup();
    await user.type(input(), "taco");
    await vi.advanceTimersByTimeAsync(150);
    await vi.waitFor(() => expect(meter().dataset.score).toBe("1"));
    const shown = [...meter().querySelectorAll("li")];
    expect(shown.map((li) => li.dataset.tip)).toEqual(["passphrase-tip-more-words", "passphrase-tip-unusual-words"]);
    expect(shown.map((li) => li.textContent)).toEqual([
      "Agrega más palabras: entre más larga, más difícil de adivinar.",
      "Prueba con palabras más raras o que no vayan juntas.",
    ]);
    expect(meter().textContent).not.toContain("passphrase-tip-");
  });

  it("records only the score when done, and wipes the phrase", async () => {
    const { backend, user } = setup();
    await user.type(input(), "uno dos tres");
    await user.click(screen.getByTestId("passphrase-done"));
    const done = await screen.findByTestId("passphrase-finished");
    expect(backend.callsTo("finish_passphrase_lab")).toEqual([
      { profileId: 1, lessonId: "passwords-8-11", activityId: "passphrase-lab", text: "uno dos tres" },
    ]);
    expect(done.dataset.score).toBe("3");
    expect(done.textContent).toContain("Difícil de adivinar");
    expect(document.activeElement).toBe(done);
    expect(screen.queryByTestId("passphrase-input")).toBeNull();

    await user.click(screen.getByTestId("passphrase-again"));
    expect(input().value).toBe("");
    expect(document.activeElement).toBe(input());
  });

  it("wipes the phrase and sends nothing more when the screen closes", async () => {
    const { backend, view, user } = setup();
    await user.type(input(), "secreto");
    const field = input();
    view.unmount();
    expect(field.value).toBe("");
    await vi.advanceTimersByTimeAsync(500);
    expect(backend.callsTo("estimate_passphrase")).toEqual([]);
  });
});
