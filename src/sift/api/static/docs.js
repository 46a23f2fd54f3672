// Starts Swagger UI on /docs from local files (the page has no inline script, so the CSP stays strict).
"use strict";
window.addEventListener("DOMContentLoaded", () => {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
