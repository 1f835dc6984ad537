// The dashboard tab's configuration page (served at /teams/tab/config.js). It never shows
// community data: the server checks the pasted link and answers with the tab's link, which goes
// to Teams through TeamsJS (loaded by the page from Microsoft's CDN as window.microsoftTeams).
(function () {
  "use strict";

  var teams = window.microsoftTeams;
  var form = document.getElementById("link-form");
  var input = document.getElementById("link");
  var status = document.getElementById("status");
  var where = { tenant: "", channel: "", chat: "" };
  var checked = null;

  function show(text, good) {
    status.textContent = text; // text only: nothing from the server is ever run as HTML
    status.className = good ? "good" : "bad";
  }

  function valid(ok) {
    teams.pages.config.setValidityState(ok);
  }

  function save(event) {
    if (!checked) {
      event.notifyFailure("Check a dashboard link first.");
      return;
    }
    teams.pages.config
      .setConfig({
        entityId: checked.entityId,
        contentUrl: checked.contentUrl,
        websiteUrl: checked.contentUrl,
        suggestedDisplayName: "Rituals dashboard"
      })
      .then(
        function () {
          event.notifySuccess();
        },
        function () {
          event.notifyFailure("Teams did not save the tab; try again.");
        }
      );
  }

  function check(event) {
    event.preventDefault();
    checked = null;
    valid(false);
    var link = input.value.trim();
    if (!link) {
      show("Paste the link from @Rituals report dashboard first.", false);
      return;
    }
    show("Checking…", true);
    var body = new URLSearchParams();
    body.set("link", link);
    body.set("tenant", where.tenant);
    body.set("channel", where.channel);
    body.set("chat", where.chat);
    fetch("check", { method: "POST", body: body, credentials: "omit", cache: "no-store" })
      .then(function (response) {
        return response.json();
      })
      .then(function (answer) {
        if (answer && answer.ok === true) {
          checked = answer;
          show("That link is for " + answer.community + ". Press Save to add the tab.", true);
          valid(true);
        } else {
          show((answer && answer.message) || "That link cannot be used.", false);
        }
      })
      .catch(function () {
        show("Rituals did not answer; try again in a minute.", false);
      });
  }

  if (!teams || !teams.app || !teams.pages) {
    show("Open this page in Microsoft Teams: add the tab with + in a channel or group chat.", false);
    form.hidden = true;
    return;
  }
  teams.app
    .initialize()
    .then(function () {
      return teams.app.getContext();
    })
    .then(function (context) {
      where.tenant = (context.user && context.user.tenant && context.user.tenant.id) || "";
      where.channel = (context.channel && context.channel.id) || "";
      where.chat = (context.chat && context.chat.id) || "";
      teams.pages.config.registerOnSaveHandler(save);
      valid(false);
      form.addEventListener("submit", check);
      form.dataset.ready = "true";
    })
    .catch(function () {
      show("Teams did not answer; close this dialog and try again.", false);
    });
})();
