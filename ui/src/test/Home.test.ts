import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import Home from "../components/Home.svelte";
import { setLocale } from "../lib/i18n.svelte";
import { ANA, fakeBackend } from "./fake-backend";

function setup(profile = ANA) {
  const backend = fakeBackend({ profiles: [profile] });
  const onopen = vi.fn();
  const onchangeprofile = vi.fn();
  render(Home, { props: { profile, onopen, onchangeprofile } });
  return { backend, onopen, onchangeprofile, user: userEvent.setup() };
}

const headings = () => screen.getAllByRole("heading").map((h) => `${h.tagName} ${h.textContent?.trim()}`);

describe("home", () => {
  it("greets the learner and groups the lessons by topic, the topics for their age first", async () => {
    const { backend } = setup();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("¡Hola, Ana!");
    await screen.findByTestId("lesson-card-passwords-8-11");
    expect(backend.callsTo("list_lessons")).toEqual([{ profileId: 1 }]);

    expect(headings().slice(1)).toEqual([
      "H2 Para ti: 8 a 11 años",
      "H3 Contraseñas y cuentas",
      "H3 Tus datos y tu privacidad",
      "H2 Más temas",
      "H3 Fraudes y engaños",
      "H3 Platicar en familia",
    ]);
    const own = screen.getByRole("region", { name: "Para ti: 8 a 11 años" });
    const ownTopics = within(own).getAllByRole("region").map((r) => r.dataset.testid);
    expect(ownTopics).toEqual(["topic-passwords", "topic-privacy"]);
    const more = screen.getByRole("region", { name: "Más temas" });
    expect(within(more).getAllByRole("region").map((r) => r.dataset.testid)).toEqual([
      "topic-scams",
      "topic-family-talk",
    ]);
  });

  it("shows a topic's lesson for the learner's age first, and the other ages behind a disclosure", async () => {
    const { onopen, user } = setup();
    const topic = within(await screen.findByTestId("topic-passwords"));
    const first = topic.getAllByRole("button")[0];
    expect(first.dataset.testid).toBe("lesson-card-passwords-8-11");
    expect(first.closest("details")).toBeNull();
    expect(first.classList.contains("featured")).toBe(true);

    const others = screen.getByTestId("topic-others-passwords") as HTMLDetailsElement;
    expect(others.open).toBe(false);
    const summary = within(others).getByText("Otras edades (1)");
    await user.click(summary);
    expect(others.open).toBe(true);
    const card = within(others).getByTestId("lesson-card-passwords-12-14");
    expect(card.textContent).toContain("12 a 14 años");
    expect(card.textContent).toContain("Cuida tus cuentas");
    await user.click(card);
    expect(onopen).toHaveBeenCalledWith("passwords-12-14");

    // A topic with only one lesson for the learner's age has nothing more to show.
    expect(screen.queryByTestId("topic-others-privacy")).toBeNull();
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

  it("puts an adult's own topics first too, the learners' topics after", async () => {
    setup({ ...ANA, band: "adults" });
    await screen.findByTestId("lesson-card-family-talk");
    expect(headings().slice(1)).toEqual([
      "H2 Para ti: Personas adultas",
      "H3 Platicar en familia",
      "H2 Más temas",
      // The Rust side lists the other lessons by band: 8-11 (passwords, privacy), then 12-14.
      "H3 Contraseñas y cuentas",
      "H3 Tus datos y tu privacidad",
      "H3 Fraudes y engaños",
    ]);
    const passwords = within(screen.getByTestId("topic-others-passwords"));
    expect(passwords.getAllByRole("button").map((b) => b.dataset.testid)).toEqual([
      "lesson-card-passwords-8-11",
      "lesson-card-passwords-12-14",
    ]);
    expect(passwords.getByText("Otras edades (2)")).toBeTruthy();
  });

  it("names the topics in English", async () => {
    setLocale("en");
    setup({ ...ANA, locale: "en" });
    await screen.findByTestId("lesson-card-passwords-8-11");
    expect(within(screen.getByTestId("topic-passwords")).getByRole("heading").textContent).toBe(
      "Passwords and accounts",
    );
  });

  it("opens a lesson and changes profile", async () => {
    const { onopen, onchangeprofile, user } = setup();
    await user.click(await screen.findByTestId("lesson-card-privacy-8-11"));
    expect(onopen).toHaveBeenCalledWith("privacy-8-11");
    await user.click(screen.getByTestId("change-profile"));
    expect(onchangeprofile).toHaveBeenCalledOnce();
  });

  it("moves focus to its heading", () => {
    setup();
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1 }));
  });
});
