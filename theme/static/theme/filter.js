// A filter box above a long list of checkboxes (people grouped by team): typing hides the options and teams that
// do not match. Without JS the box stays hidden and the full list works as it is.
document.querySelectorAll("[data-vknz-filter]").forEach((input) => {
  const list = document.getElementById(input.dataset.vknzFilter);
  if (!list) return;
  input.hidden = false;
  input.addEventListener("input", () => {
    const query = input.value.trim().toLowerCase();
    list.querySelectorAll("input[type=checkbox]").forEach((box) => {
      const option = box.closest("label")?.parentElement || box.parentElement;
      const team = option.parentElement?.closest("div")?.querySelector(":scope > label")?.textContent || "";
      const text = `${option.textContent} ${team}`.toLowerCase();
      option.hidden = query !== "" && !text.includes(query) && !box.checked;
    });
    list.querySelectorAll(":scope > div").forEach((group) => {
      const options = group.querySelectorAll("input[type=checkbox]");
      if (options.length > 1 || group.querySelector(":scope > label + div")) {
        group.hidden = [...options].every((box) => (box.closest("label")?.parentElement || box).hidden);
      }
    });
  });
});
