// The lesson plans in the teacher area, over the fake backend: reached from the class
// screen, listing the learner lessons its filters leave, each plan in the adult's
// language with its five timed parts, the class without computers and what to do on a
// disclosure; printed with window.print(), its buttons off the paper; all by keyboard.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import App from "../App.svelte";
import { ANA, type FakeClass, type FakeOptions, fakeBackend } from "./fake-backend";

const CARLA = { id: 3, nickname: "Carla", avatar: "🙂", band: "8-11", locale: "es-MX" } as const;
const FIFTH_B: FakeClass = { id: 1, name: "5° B", schoolYear: "2026-2027", members: [1, 3] };

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, " ").trim() ?? "";

afterEach(() => {
  vi.restoreAllMocks();
});

function setup(options: FakeOptions = {}) {
  const backend = fakeBackend({
    adult: { pin: "4826", open: true },
    profiles: [ANA, CARLA],
    classes: [FIFTH_B],
    ...options,
  });
  render(App);
  return { backend, user: userEvent.setup() };
}

async function openPlans(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(await screen.findByTestId("adult-link"));
  await user.click(await screen.findByTestId("class-open-1"));
  await screen.findByTestId("class-title");
  await user.click(screen.getByTestId("class-plans-open"));
  await screen.findByTestId("lesson-plans");
}

const listed = () => screen.queryAllByTestId(/^plan-open-/).map((b) => b.dataset.testid?.replace("plan-open-", ""));

describe("lesson plans", () => {
  it("open from the class screen with the lessons of its filters, learner lessons only", async () => {
    const { user } = setup();
    await user.click(await screen.findByTestId("adult-link"));
    await user.click(await screen.findByTestId("class-open-1"));
    await screen.findByTestId("class-title");
    const open = screen.getByTestId("class-plans-open");
    expect(text(open)).toBe("📋 Planes de clase");
    expect(text(document.getElementById(open.getAttribute("aria-describedby") ?? ""))).toContain("45 minutos");

    await user.click(open);
    const title = await screen.findByTestId("plans-title");
    expect(document.activeElement).toBe(title);
    // The class's learners are 8 to 11: their band's lessons.
    expect(listed()).toEqual(["passwords-8-11", "privacy-8-11"]);

    await user.click(screen.getByTestId("plans-back"));
    expect(document.activeElement).toBe(await screen.findByTestId("class-plans-open"));
    // Every band: lessons for adults have no plan and are left out.
    await user.selectOptions(screen.getByTestId("class-filter-band"), "all");
    await user.click(screen.getByTestId("class-plans-open"));
    await screen.findByTestId("lesson-plans");
    expect(listed()).toEqual(["passwords-8-11", "scams-12-14", "privacy-8-11", "passwords-12-14"]);
  });

  it("show a plan's objective, its five parts adding up to 45 minutes, the offline class and the disclosure", async () => {
    const { backend, user } = setup();
    await openPlans(user);
    await user.click(screen.getByTestId("plan-open-privacy-8-11"));
    const title = await screen.findByTestId("plan-title");
    expect(title.tagName).toBe("H1");
    expect(text(title)).toBe("Tus datos");
    expect(document.activeElement).toBe(title);
    expect(backend.callsTo("lesson_plan").at(-1)).toEqual({ lessonId: "privacy-8-11", locale: "es-MX" });
    expect(text(screen.getByTestId("plan-objective"))).toBe("Objetivo: Tus datos");

    const parts = ["opening", "lesson", "activity", "discussion", "closing"];
    const steps = parts.map((part) => screen.getByTestId(`plan-step-${part}`));
    expect(steps.map((s) => Number(s.dataset.minutes)).reduce((a, b) => a + b)).toBe(45);
    expect(text(steps[0].querySelector("h3"))).toBe("Apertura 5 min");
    expect(text(steps[0])).toContain("Pregunta para empezar: opening question: Tus datos");
    const questions = [...screen.getByTestId("plan-discussion-questions").querySelectorAll("li")].map((li) => text(li));
    expect(questions).toEqual(["q1: Tus datos", "q2: Tus datos", "q3: Tus datos"]);
    expect([...screen.getByTestId("plan-offline").querySelectorAll("li")].map((li) => text(li))).toEqual([
      "offline 1: Tus datos",
      "offline 2: Tus datos",
    ]);
    expect(text(screen.getByTestId("plan-disclosure"))).toBe("Revelación: Tus datos");
    expect(screen.getByRole("heading", { level: 2, name: "Si alguien te cuenta algo" })).toBeTruthy();
  });

  it("print with window.print(), buttons off the paper, and go back by keyboard to the lesson's button", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    const { user } = setup();
    await openPlans(user);
    screen.getByTestId("plan-open-passwords-8-11").focus();
    await user.keyboard("{Enter}");
    await screen.findByTestId("lesson-plan");
    for (const id of ["plan-print", "plan-back", "plan-print-end", "plan-back-end"]) {
      expect(screen.getByTestId(id).closest(".no-print"), id).not.toBeNull();
    }
    // From the heading, Tab reaches "Print", then "Back".
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId("plan-print"));
    await user.keyboard("{Enter}");
    expect(print).toHaveBeenCalledOnce();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId("plan-back"));
    await user.keyboard("{Enter}");
    expect(await screen.findByTestId("lesson-plans")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId("plan-open-passwords-8-11"));
  });

  it("speak English and follow a switch of language", async () => {
    const { backend, user } = setup({ startup: { storeError: null, systemLocale: "en" } });
    await openPlans(user);
    await user.click(screen.getByTestId("plan-open-passwords-8-11"));
    expect(text(await screen.findByTestId("plan-title"))).toBe("Your passwords");
    expect(text(screen.getByTestId("plan-objective"))).toBe("Objective: Your passwords");
    expect(text(screen.getByTestId("plan-step-discussion").querySelector("h3"))).toBe("Discussion 10 min");
    expect(text(screen.getByTestId("plan-print"))).toBe("🖨️ Print the plan");

    await user.click(screen.getByTestId("lang-es-MX"));
    expect(text(await screen.findByText("Objetivo: Tus contraseñas"))).toBe("Objetivo: Tus contraseñas");
    expect(backend.callsTo("lesson_plan").at(-1)).toEqual({ lessonId: "passwords-8-11", locale: "es-MX" });
  });
});
