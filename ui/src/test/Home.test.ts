import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import Home from "../components/Home.svelte";
import { ANA, fakeBackend } from "./fake-backend";

function setup(profile = ANA) {
  const backend = fakeBackend({ profiles: [profile] });
  const onopen = vi.fn();
  const onchangeprofile = vi.fn();
  render(Home, { props: { profile, onopen, onchangeprofile } });
  return { backend, onopen, onchangeprofile, user: userEvent.setup() };
}

describe("home", () => {
  it("greets the learner and lists their own band first, then the other ages", async () => {
    const { backend } = setup();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("¡Hola, Ana!");
    await screen.findByTestId("lesson-card-passwords-8-11");
    expect(backend.callsTo("list_lessons")).toEqual([{ profileId: 1 }]);

    const headings = screen.getAllByRole("heading").map((h) => `${h.tagName} ${h.textContent?.trim()}`);
    expect(headings.slice(1)).toEqual([
      "H2 Para ti: 8 a 11 años",
      "H2 Otras edades",
      "H3 12 a 14 años",
      "H3 Personas adultas",
    ]);

    const own = screen.getByRole("region", { name: "Para ti: 8 a 11 años" });
    const ownCards = within(own).getAllByRole("button").map((b) => b.dataset.testid);
    expect(ownCards).toEqual(["lesson-card-passwords-8-11", "lesson-card-privacy-8-11"]);
    const others = screen.getByRole("region", { name: "Otras edades" });
    const otherCards = within(others).getAllByRole("button").map((b) => b.dataset.testid);
    expect(otherCards).toEqual(["lesson-card-scams-12-14", "lesson-card-family-talk"]);
  });

  it("shows each lesson's title, summary and status", async () => {
    setup();
    const card = await screen.findByTestId("lesson-card-passwords-8-11");
    expect(card.textContent).toContain("Tus contraseñas");
    const badge = (id: string) => screen.getByTestId(`lesson-status-${id}`);
    expect(badge("passwords-8-11").dataset.state).toBe("new");
    expect(badge("passwords-8-11").textContent?.trim()).toBe("Nueva");
    expect(badge("family-talk").dataset.state).toBe("inProgress");
    expect(badge("family-talk").textContent?.trim()).toBe("En curso");
    expect(badge("scams-12-14").dataset.state).toBe("done");
    expect(badge("scams-12-14").textContent?.trim()).toBe("Terminada: 8 de 10");
  });

  it("puts an adult's own band first too", async () => {
    setup({ ...ANA, band: "adults" });
    await screen.findByTestId("lesson-card-family-talk");
    const headings = screen.getAllByRole("heading").map((h) => h.textContent?.trim());
    expect(headings.slice(1)).toEqual(["Para ti: Personas adultas", "Otras edades", "8 a 11 años", "12 a 14 años"]);
  });

  it("opens a lesson and changes profile", async () => {
    const { onopen, onchangeprofile, user } = setup();
    await user.click(await screen.findByTestId("lesson-card-scams-12-14"));
    expect(onopen).toHaveBeenCalledWith("scams-12-14");
    await user.click(screen.getByTestId("change-profile"));
    expect(onchangeprofile).toHaveBeenCalledOnce();
  });

  it("moves focus to its heading", () => {
    setup();
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1 }));
  });
});
