import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import SortIt from "../components/SortIt.svelte";
import type { SortView } from "../lib/bindings";
import { setLocale } from "../lib/i18n.svelte";
import { ANA, activityView, fakeBackend, SORT } from "./fake-backend";

function setup() {
  const backend = fakeBackend();
  const activity = activityView(SORT, "es-MX") as SortView;
  const { rerender } = render(SortIt, { props: { profile: ANA, lessonId: "passwords-8-11", activity } });
  return { backend, rerender, user: userEvent.setup() };
}

const select = (id: string) => screen.getByTestId(`sort-select-${id}`) as HTMLSelectElement;
const check = () => screen.getByTestId("sort-check") as HTMLButtonElement;
const cardsIn = (testid: string) =>
  within(screen.getByTestId(testid))
    .queryAllByTestId(/^sort-item-/)
    .map((c) => c.dataset.testid);

/** A drag and drop as the browser sends it, with its data transfer. */
async function drag(itemId: string, onto: string) {
  const store = new Map<string, string>();
  const dataTransfer = {
    setData: (type: string, value: string) => store.set(type, value),
    getData: (type: string) => store.get(type) ?? "",
    effectAllowed: "all",
    dropEffect: "none",
  };
  await fireEvent.dragStart(screen.getByTestId(`sort-item-${itemId}`), { dataTransfer });
  await fireEvent.dragOver(screen.getByTestId(onto), { dataTransfer });
  await fireEvent.drop(screen.getByTestId(onto), { dataTransfer });
}

describe("sort it", () => {
  it("starts with every item to sort, each with a labelled list of the groups", () => {
    setup();
    expect(cardsIn("sort-pool")).toEqual(["sort-item-color", "sort-item-address", "sort-item-password"]);
    expect(cardsIn("sort-group-share")).toEqual([]);
    expect(screen.getByTestId("sort-group-never").textContent).toContain("No lo doy en internet");
    const list = screen.getByRole("combobox", { name: "Tu color favorito: Va en:" });
    expect(list).toBe(select("color"));
    expect([...select("color").options].map((o) => o.textContent)).toEqual([
      "Elige un grupo",
      "Lo puedo compartir",
      "No lo doy en internet",
    ]);
    expect(check().disabled).toBe(true);
  });

  it("places items with the keyboard, keeps focus on the moved list, and checks once all are placed", async () => {
    const { backend, user } = setup();
    await user.selectOptions(select("password"), "never");
    expect(cardsIn("sort-group-never")).toEqual(["sort-item-password"]);
    expect(document.activeElement).toBe(select("password"));
    expect(check().disabled).toBe(true);

    await user.selectOptions(select("color"), "share");
    await user.selectOptions(select("address"), "share");
    expect(cardsIn("sort-pool")).toEqual([]);
    expect(screen.getByText("¡Ya acomodaste todo! Revisa cuando quieras.")).toBeTruthy();
    expect(check().disabled).toBe(false);

    await user.click(check());
    const result = await screen.findByTestId("sort-result");
    expect(backend.callsTo("check_sort")).toEqual([
      {
        profileId: 1,
        lessonId: "passwords-8-11",
        activityId: "what-to-share",
        placed: [
          { item: "color", group: "share" },
          { item: "address", group: "share" },
          { item: "password", group: "never" },
        ],
      },
    ]);
    expect(backend.recorded).toEqual([{ profileId: 1, lessonId: "passwords-8-11", activityId: "what-to-share" }]);
    expect(result.dataset.right).toBe("2");
    expect(result.dataset.total).toBe("3");
    expect(result.textContent).toContain("Acomodaste bien 2 de 3");
    expect(document.activeElement).toBe(result);

    const address = screen.getByTestId("item-feedback-address");
    expect(address.dataset.right).toBe("false");
    expect(address.textContent).toContain("Va en «No lo doy en internet».");
    expect(address.textContent).toContain("Va en never: Tu dirección");
    expect(screen.getByTestId("item-feedback-color").textContent).toContain("¡Bien! Va en «Lo puedo compartir».");
    expect(select("color").disabled).toBe(true);

    await user.click(screen.getByTestId("sort-retry"));
    expect(screen.queryByTestId("sort-result")).toBeNull();
    expect(cardsIn("sort-pool")).toHaveLength(3);
    expect(check().disabled).toBe(true);
  });

  it("places items by dragging them onto a group, and back to the pile", async () => {
    const { backend, user } = setup();
    await drag("address", "sort-group-never");
    await drag("password", "sort-group-never");
    await drag("color", "sort-group-never");
    // A group lists its cards in the activity's order, whatever order they came in.
    expect(cardsIn("sort-group-never")).toEqual(["sort-item-color", "sort-item-address", "sort-item-password"]);
    expect(select("color").value).toBe("never");

    await drag("color", "sort-pool");
    expect(cardsIn("sort-pool")).toEqual(["sort-item-color"]);
    expect(check().disabled).toBe(true);
    await drag("color", "sort-group-share");
    await user.click(check());
    expect((await screen.findByTestId("sort-result")).dataset.right).toBe("3");
    expect(screen.getByTestId("sort-result").textContent).toContain("¡Todo en su lugar!");
    expect(backend.callsTo("check_sort")[0].placed).toEqual([
      { item: "color", group: "share" },
      { item: "address", group: "never" },
      { item: "password", group: "never" },
    ]);
  });

  it("reviews the result in the new language, keeping the placements and recording nothing more", async () => {
    const { backend, rerender, user } = setup();
    await user.selectOptions(select("color"), "never");
    await user.selectOptions(select("address"), "never");
    await user.selectOptions(select("password"), "never");
    await user.click(check());
    await screen.findByTestId("sort-result");

    backend.profiles[0].locale = "en";
    setLocale("en");
    await rerender({ profile: { ...ANA, locale: "en" }, activity: activityView(SORT, "en") as SortView });
    await waitFor(() => expect(screen.getByTestId("sort-result").textContent).toContain("You sorted 2 of 3 right"));
    // Only the learner's own check is recorded; the review in English is not.
    const placed = [
      { item: "color", group: "never" },
      { item: "address", group: "never" },
      { item: "password", group: "never" },
    ];
    const args = { profileId: 1, lessonId: "passwords-8-11", activityId: "what-to-share", placed };
    expect(backend.callsTo("check_sort")).toEqual([args]);
    expect(backend.callsTo("review_sort")).toEqual([args]);
    expect(backend.recorded).toHaveLength(1);
    expect(screen.getByTestId("item-feedback-color").textContent).toContain("It goes in “I can share it”.");
  });
});
