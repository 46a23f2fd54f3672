// Small progressive enhancements; every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("check-form");
  if (!form) return;
  form.addEventListener("submit", () => {
    const button = document.getElementById("check-button");
    const status = document.getElementById("check-status");
    if (button) button.disabled = true;
    if (status) status.textContent = "Analysing… this takes a few seconds.";
  });
});
