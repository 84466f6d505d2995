// The glossary and "where to get help" screens.
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import Glossary from "../components/Glossary.svelte";
import Help from "../components/Help.svelte";
import { setLocale } from "../lib/i18n.svelte";
import { type FakeOptions, fakeBackend, PLACES } from "./fake-backend";

function glossary(termId: string | null = null, options: FakeOptions = {}) {
  const backend = fakeBackend(options);
  const onback = vi.fn();
  render(Glossary, { props: { termId, onback } });
  return { backend, onback, user: userEvent.setup() };
}

const entries = () => screen.queryAllByTestId(/^glossary-term-/).map((e) => e.dataset.testid);

describe("glossary", () => {
  it("lists every term alphabetically with its definition, in the current language", async () => {
    const { backend } = glossary();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("Glosario");
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1 }));
    await screen.findByTestId("glossary-term-password");
    expect(backend.callsTo("glossary")).toEqual([{ locale: "es-MX" }]);
    expect(entries()).toEqual(["glossary-term-password", "glossary-term-phishing", "glossary-term-two-step"]);
    const entry = within(screen.getByTestId("glossary-term-two-step"));
    expect(entry.getByText("verificación en dos pasos").tagName).toBe("DT");
    expect(entry.getByText("Un segundo candado para tu cuenta.").tagName).toBe("DD");
    expect(screen.getByText("Se muestran 3 palabras")).toBeTruthy();
  });

  it("filters by term or definition, ignoring accents and capitals", async () => {
    const { user } = glossary();
    const filter = await screen.findByLabelText("Busca una palabra");
    expect(filter.dataset.testid).toBe("glossary-filter");
    await user.type(filter, "VERIFICACION");
    expect(entries()).toEqual(["glossary-term-two-step"]);
    expect(screen.getByText("Se muestra 1 palabra")).toBeTruthy();
    await user.clear(filter);
    await user.type(filter, "datos");
    expect(entries()).toEqual(["glossary-term-phishing"]);
    await user.clear(filter);
    await user.type(filter, "zzz");
    expect(entries()).toEqual([]);
    expect(screen.getByTestId("glossary-empty").textContent).toBe("No encontramos «zzz». Prueba con otra palabra.");
  });

  it("shows the entry it was opened for, and goes back", async () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const { onback, user } = glossary("phishing");
    const entry = await screen.findByTestId("glossary-term-phishing");
    expect(entry.classList.contains("highlight")).toBe(true);
    await waitFor(() => expect(scrolled).toHaveBeenCalledOnce());
    expect(scrolled.mock.contexts[0]).toBe(entry);
    await user.click(screen.getByTestId("glossary-back"));
    expect(onback).toHaveBeenCalledOnce();
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it("follows a language switch", async () => {
    const { backend } = glossary();
    await screen.findByTestId("glossary-term-password");
    setLocale("en");
    await waitFor(() => expect(screen.getByTestId("glossary-term-password").textContent).toContain("A secret word"));
    expect(backend.callsTo("glossary")).toEqual([{ locale: "es-MX" }, { locale: "en" }]);
    expect(entries()).toEqual(["glossary-term-password", "glossary-term-phishing", "glossary-term-two-step"]);
  });
});

function help(options: FakeOptions = {}) {
  const backend = fakeBackend(options);
  const onback = vi.fn();
  render(Help, { props: { onback } });
  return { backend, onback, user: userEvent.setup() };
}

describe("where to get help", () => {
  it("speaks calmly, names the emergency number from the data, and lists every place", async () => {
    const { backend } = help();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("¿Dónde pedir ayuda?");
    expect(screen.getByText(/^No estás solo ni sola\./)).toBeTruthy();
    const place = within(await screen.findByTestId("help-place-helpline"));
    expect(backend.callsTo("help_places")).toEqual([{ locale: "es-MX" }]);
    expect(screen.getByTestId("help-emergency").textContent).toContain("llama al 911.");

    expect(place.getByRole("heading").textContent).toBe("Línea de ayuda");
    // Whom each place serves: one state here, the whole country for 911.
    expect(place.getByTestId("help-serves-helpline").textContent).toBe("Atiende solo en Ciudad de México");
    expect(screen.getByTestId("help-serves-emergencies").textContent).toBe("Atiende en todo el país");
    expect(place.getByText("Te escuchan y te orientan.")).toBeTruthy();
    expect(place.getByText("Teléfono").nextElementSibling?.textContent).toBe("800 000 0000");
    expect(place.getByText("Página web").nextElementSibling?.textContent).toBe("https://example.org/ayuda");
    expect(place.queryByRole("link")).toBeNull();
    const day = new Intl.DateTimeFormat("es-MX", { dateStyle: "long", timeZone: "UTC" }).format(Date.UTC(2026, 9, 15));
    expect(place.getByText(`Fuente: https://example.org/ayuda/contacto · revisado el ${day}`)).toBeTruthy();
    expect(day).toBe("15 de octubre de 2026");
  });

  it("names no emergency number when the data has none", async () => {
    help({ help: PLACES.filter((p) => p.phone !== "911") });
    await screen.findByTestId("help-place-helpline");
    expect(screen.queryByTestId("help-emergency")).toBeNull();
    expect(screen.queryByText(/911/)).toBeNull();
  });

  it("follows a language switch and goes back", async () => {
    const { onback, user } = help();
    await screen.findByTestId("help-place-helpline");
    setLocale("en");
    await waitFor(() => expect(screen.getByTestId("help-place-helpline").textContent).toContain("Helpline"));
    expect(screen.getByText(/^You are not alone\./)).toBeTruthy();
    expect(screen.getByTestId("help-place-helpline").textContent).toContain("checked on October 15, 2026");
    await user.click(screen.getByTestId("help-back"));
    expect(onback).toHaveBeenCalledOnce();
  });
});
