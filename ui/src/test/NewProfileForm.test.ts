import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import NewProfileForm from "../components/NewProfileForm.svelte";
import { fakeBackend } from "./fake-backend";

function setup(defaultLocale: "es-MX" | "en" = "es-MX") {
  const backend = fakeBackend({ profiles: [] });
  const oncreated = vi.fn();
  const oncancel = vi.fn();
  render(NewProfileForm, { props: { defaultLocale, oncreated, oncancel } });
  return { backend, oncreated, oncancel, user: userEvent.setup() };
}

const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;

describe("new profile form", () => {
  it("asks for a nickname and an age band, and sends nothing until both are there", async () => {
    const { backend, user } = setup();
    await user.click(screen.getByTestId("create-profile-submit"));

    expect(screen.getByText("Escribe un apodo para tu perfil.")).toBeTruthy();
    expect(screen.getByText("Elige tu grupo de edad.")).toBeTruthy();
    expect(input("nickname-input").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(input("nickname-input"));
    expect(backend.callsTo("create_profile")).toEqual([]);

    await user.type(input("nickname-input"), "   ");
    await user.click(screen.getByTestId("create-profile-submit"));
    expect(screen.getByText("Escribe un apodo para tu perfil.")).toBeTruthy();

    await user.type(input("nickname-input"), "Ana");
    await user.click(screen.getByTestId("create-profile-submit"));
    expect(screen.queryByText("Escribe un apodo para tu perfil.")).toBeNull();
    expect(document.activeElement).toBe(input("band-8-11"));
    expect(backend.callsTo("create_profile")).toEqual([]);
  });

  it("refuses a nickname longer than 24 characters", async () => {
    const { backend, user } = setup();
    await user.type(input("nickname-input"), "a".repeat(25));
    await user.click(input("band-8-11"));
    await user.click(screen.getByTestId("create-profile-submit"));
    expect(screen.getByText("Tu apodo puede tener hasta 24 caracteres.")).toBeTruthy();
    expect(backend.callsTo("create_profile")).toEqual([]);
  });

  it("hints that a nickname is enough, and asks for no real name, birth date or email", () => {
    setup();
    expect(screen.getByText(/no hace falta tu nombre real/)).toBeTruthy();
    expect(document.querySelectorAll("input[type=text], input[type=email], input[type=date]")).toHaveLength(1);
  });

  it("sends the trimmed nickname, avatar, band and language", async () => {
    const { backend, oncreated, user } = setup();
    expect(input("locale-es-MX").checked).toBe(true);
    expect(input("avatar-0").checked).toBe(true);

    await user.type(input("nickname-input"), "  Ana  ");
    await user.click(input("avatar-2"));
    await user.click(input("band-12-14"));
    await user.click(input("locale-en"));
    await user.click(screen.getByTestId("create-profile-submit"));

    await waitFor(() => expect(oncreated).toHaveBeenCalledOnce());
    expect(backend.callsTo("create_profile")).toEqual([
      { profile: { nickname: "Ana", avatar: "🐢", band: "12-14", locale: "en" } },
    ]);
    expect(oncreated.mock.calls[0][0]).toMatchObject({ id: 1, nickname: "Ana" });
  });

  it("starts on English when the app is in English", () => {
    setup("en");
    expect(input("locale-en").checked).toBe(true);
    expect(input("locale-es-MX").checked).toBe(false);
  });

  it("offers about a dozen avatars, each with a spoken name", () => {
    setup();
    const avatars = screen.getAllByRole("radio", { name: /Zorro|Panda|Tortuga|Búho|Pulpo|Unicornio|Abeja|Delfín|León|Rana|Cohete|Cactus/ });
    expect(avatars).toHaveLength(12);
  });
});
