// The show/hide button of the password input just before this script
// (components/password_input.rs).
(() => {
  const box = document.currentScript.previousElementSibling;
  const input = box.querySelector("input");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "reveal";
  const label = () => {
    const shown = input.type === "text";
    button.textContent = shown ? box.dataset.hide : box.dataset.show;
    button.setAttribute("aria-pressed", String(shown));
  };
  button.addEventListener("click", () => {
    input.type = input.type === "password" ? "text" : "password";
    label();
  });
  label();
  box.append(button);
})();
