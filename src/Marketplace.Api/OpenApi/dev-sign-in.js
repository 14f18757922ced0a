// Development only: one-click sign-in for Swagger UI. Each button asks POST /dev/token for a token as one of the demo
// users and authorizes the UI with it; persistAuthorization keeps it across reloads. The API serves this file, with
// its base path filled in, only where /dev/token exists.
(function () {
  "use strict";
  const tokenUrl = "__BASE_PATH__/dev/token";
  const users = [
    { label: "Sign in as demo grower", body: { sub: "demo-grower", email: "grower@demo.vibelux.local", name: "Maria Delgado", roles: ["grower"] } },
    { label: "Sign in as demo buyer", body: { sub: "demo-buyer", email: "buyer@demo.vibelux.local", name: "Sam Okafor", roles: ["buyer"] } },
    { label: "Sign in as admin", body: { sub: "demo-admin", email: "admin@demo.vibelux.local", name: "Demo admin", roles: ["admin"] } },
  ];

  async function signIn(user, status) {
    status.textContent = "Signing in…";
    try {
      const response = await fetch(tokenUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(user.body),
      });
      if (!response.ok) throw new Error("POST /dev/token answered " + response.status);
      const token = await response.json();
      window.ui.preauthorizeApiKey("Bearer", token.accessToken);
      status.textContent = "Signed in as " + user.body.sub + " (" + user.body.roles.join(", ") + ") until " + token.expiresAt + ".";
    } catch (error) {
      status.textContent = "Sign-in failed: " + error.message;
    }
  }

  function mount() {
    const anchor = document.querySelector(".swagger-ui .information-container");
    if (!window.ui || !anchor) {
      window.setTimeout(mount, 200);
      return;
    }
    const bar = document.createElement("div");
    bar.id = "marketplace-dev-sign-in";
    bar.className = "wrapper";
    bar.style.cssText = "display:flex;gap:8px;align-items:center;flex-wrap:wrap;padding:12px 20px;";
    const status = document.createElement("span");
    for (const user of users) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "btn authorize";
      button.textContent = user.label;
      button.addEventListener("click", () => signIn(user, status));
      bar.appendChild(button);
    }
    bar.appendChild(status);
    anchor.parentNode.insertBefore(bar, anchor.nextSibling);
  }

  window.addEventListener("load", mount);
})();
