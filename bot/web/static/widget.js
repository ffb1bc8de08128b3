/*!
 * Jewelry coverage advisor: chat widget. Apache-2.0.
 *
 * One tag on the jeweler's page:
 *   <script src="https://ADVISOR-HOST/widget.js" data-server="https://RASA-HOST" defer></script>
 * Options (data-attributes on that tag):
 *   data-server     the Rasa server's URL (socket.io and REST channels); default: this script's origin
 *   data-title      the panel's title; default "Jewelry cover advisor"
 *   data-start      what is sent, unseen, when a new visitor first opens the chat; default "/greet";
 *                   "" sends nothing
 *   data-transport  "socketio" (default, REST when socket.io cannot connect) or "rest"
 *   data-idle-minutes  a conversation with no message for this long is closed and the next
 *                   message starts a new one (a shared computer's next visitor starts
 *                   afresh); default 30
 *
 * The conversation id comes from the advisor host (POST /api/conversations, beside this
 * script): the Rasa server answers no id it did not issue. "New chat" (after a
 * confirmation) and an idle conversation start a new one.
 *
 * Everything the customer or the bot wrote is put in the page with textContent, never
 * as HTML. The widget lives in a shadow root, so the jeweler's CSS and ours stay apart.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__jewelryAdvisorWidget) {
    return;
  }
  window.__jewelryAdvisorWidget = true;

  var STORAGE_SENDER = "jewelry-advisor:sender";
  var STORAGE_MESSAGES = "jewelry-advisor:messages";
  var STORAGE_ACTIVE = "jewelry-advisor:active";
  var SENDER_PATTERN = /^[0-9a-f]{32}-[0-9a-f]{32}$/;
  var IDLE_CHECK_MS = 30000;
  var MAX_STORED_MESSAGES = 200;
  // What was said may include a name or an email: a shared computer forgets it after a day.
  var MAX_HISTORY_AGE_MS = 24 * 60 * 60 * 1000;
  var SOCKET_CONNECT_TIMEOUT_MS = 8000;
  var REPLY_TIMEOUT_MS = 30000;
  // Proof documents: the server checks again (POST /uploads); this only saves a wasted upload.
  var MAX_FILE_BYTES = 10 * 1024 * 1024;
  var STORAGE_ATTACH = "jewelry-advisor:attach";
  // From the proof question on, and after a claim is stored, the chat offers "Attach files".
  var PROOF_CUES = /\b(receipt|valuation|appraisal|proof of ownership|grading report|JC-[A-Z2-9]{6})\b/i;
  var KINDS = [
    ["receipt", "Receipt"],
    ["valuation", "Valuation"],
    ["photo", "Photo of the piece"],
    ["grading_report", "Grading report"],
    ["bank_statement", "Bank statement"],
    ["care_plan_brochure", "Care-plan brochure"],
  ];

  var config = {
    server: (script.getAttribute("data-server") || new URL(script.src).origin).replace(/\/+$/, ""),
    title: script.getAttribute("data-title") || "Jewelry cover advisor",
    start: script.hasAttribute("data-start") ? script.getAttribute("data-start") : "/greet",
    transport: script.getAttribute("data-transport") === "rest" ? "rest" : "socketio",
    idleMs: (parseFloat(script.getAttribute("data-idle-minutes")) || 30) * 60 * 1000,
    conversations: new URL("api/conversations", script.src).href,
    uploads: new URL("uploads", script.src).href,
  };
  var staticUrl = function (name) {
    return new URL("static/" + name, script.src).href;
  };

  // --- browser storage: the sender id and what was shown, kept across page loads ----------

  var storage = {
    get: function (key) {
      try {
        return window.localStorage.getItem(key);
      } catch (e) {
        return null; // storage blocked (private mode, cookies off): the chat still works
      }
    },
    set: function (key, value) {
      try {
        window.localStorage.setItem(key, value);
      } catch (e) {
        /* full or blocked: only persistence is lost */
      }
    },
    remove: function (key) {
      try {
        window.localStorage.removeItem(key);
      } catch (e) {
        /* blocked */
      }
    },
  };

  function touch() {
    storage.set(STORAGE_ACTIVE, String(Date.now()));
  }

  function idle() {
    var at = Number(storage.get(STORAGE_ACTIVE));
    return !at || Date.now() - at > config.idleMs;
  }

  // The stored conversation, unless it has been idle too long (then it is forgotten).
  function storedSender() {
    var id = storage.get(STORAGE_SENDER);
    if (id && SENDER_PATTERN.test(id) && !idle()) {
      return id;
    }
    storage.remove(STORAGE_SENDER);
    storage.remove(STORAGE_MESSAGES);
    return null;
  }

  function storedMessages() {
    try {
      var saved = JSON.parse(storage.get(STORAGE_MESSAGES) || "{}");
      var fresh = typeof saved.at === "number" && Date.now() - saved.at < MAX_HISTORY_AGE_MS;
      return fresh && Array.isArray(saved.messages) ? saved.messages : [];
    } catch (e) {
      return [];
    }
  }

  var initialSender = storedSender();
  var state = {
    sender: initialSender,
    pendingSender: null,
    confirmedSender: null,
    greeted: false,
    refusedOnce: false,
    messages: initialSender ? storedMessages() : [],
    socket: null,
    socketReady: false,
    socketFailed: config.transport === "rest",
    started: false,
    replyTimer: null,
  };

  function remember(message) {
    state.messages.push(message);
    state.messages = state.messages.slice(-MAX_STORED_MESSAGES);
    storage.set(STORAGE_MESSAGES, JSON.stringify({ at: Date.now(), messages: state.messages }));
  }

  // --- the DOM -----------------------------------------------------------------------------

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  var host = el("div", { id: "jewelry-advisor-widget" });
  var root = host.attachShadow({ mode: "open" });
  root.appendChild(el("link", { rel: "stylesheet", href: staticUrl("widget.css") }));

  var launcher = el("button", {
    type: "button",
    class: "launcher",
    "aria-expanded": "false",
    "aria-controls": "advisor-panel",
    "aria-label": "Open chat: " + config.title,
  });
  launcher.appendChild(el("span", { class: "launcher-icon", "aria-hidden": "true" }));

  var panel = el("section", {
    id: "advisor-panel",
    class: "panel",
    role: "dialog",
    "aria-modal": "false",
    "aria-labelledby": "advisor-title",
  });
  panel.hidden = true;

  var header = el("header", { class: "header" });
  header.appendChild(el("h2", { id: "advisor-title", class: "title" }, config.title));
  var restartButton = el("button", { type: "button", class: "restart", "aria-controls": "advisor-confirm" }, "New chat");
  var closeButton = el("button", { type: "button", class: "close", "aria-label": "Close chat" }, "×");
  header.appendChild(restartButton);
  header.appendChild(closeButton);

  // "New chat" asks first: one stray click must not wipe a half-told claim.
  var confirmBar = el("div", { id: "advisor-confirm", class: "confirm", role: "group", "aria-labelledby": "advisor-confirm-text" });
  confirmBar.appendChild(
    el("p", { id: "advisor-confirm-text" }, "Start a new chat? This conversation will be cleared from this screen.")
  );
  var confirmYes = el("button", { type: "button", class: "confirm-yes" }, "Start a new chat");
  var confirmNo = el("button", { type: "button", class: "confirm-no" }, "Keep this chat");
  confirmBar.appendChild(confirmYes);
  confirmBar.appendChild(confirmNo);
  confirmBar.hidden = true;

  var log = el("div", {
    class: "log",
    role: "log",
    "aria-live": "polite",
    "aria-relevant": "additions",
    "aria-label": "Conversation",
    tabindex: "0",
  });
  var typing = el("div", { class: "typing", "aria-hidden": "true" });
  typing.appendChild(el("span"));
  typing.appendChild(el("span"));
  typing.appendChild(el("span"));
  typing.hidden = true;
  var status = el("p", { class: "status visually-hidden", role: "status" });

  var form = el("form", { class: "form" });
  var inputLabel = el("label", { for: "advisor-input", class: "visually-hidden" }, "Your message");
  var input = el("input", {
    id: "advisor-input",
    type: "text",
    autocomplete: "off",
    maxlength: "1000",
    placeholder: "Type your message…",
  });
  var sendButton = el("button", { type: "submit", class: "send" }, "Send");
  form.appendChild(inputLabel);
  form.appendChild(input);
  form.appendChild(sendButton);

  // "Attach files": a labelled file input (camera on a phone), drag and drop on the panel.
  var attachBar = el("div", { class: "attach", role: "group", "aria-label": "Attach proof documents" });
  var fileInput = el("input", {
    id: "advisor-files",
    type: "file",
    class: "visually-hidden",
    accept: "image/*,application/pdf",
    multiple: "",
  });
  var attachLabel = el("label", { for: "advisor-files", class: "attach-button" }, "Attach files");
  var attachHint = el("span", { class: "attach-hint" }, "Photos or PDFs of receipts, valuations, grading reports");
  var uploadList = el("ul", { class: "uploads", "aria-label": "Attached files" });
  attachBar.appendChild(fileInput);
  attachBar.appendChild(attachLabel);
  attachBar.appendChild(attachHint);
  attachBar.appendChild(uploadList);
  attachBar.hidden = true;

  panel.appendChild(header);
  panel.appendChild(confirmBar);
  panel.appendChild(log);
  panel.appendChild(typing);
  panel.appendChild(status);
  panel.appendChild(attachBar);
  panel.appendChild(form);
  root.appendChild(launcher);
  root.appendChild(panel);

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  function clearQuickReplies() {
    Array.prototype.forEach.call(log.querySelectorAll(".replies"), function (group) {
      group.remove();
    });
  }

  function showQuickReplies(buttons) {
    var group = el("div", { class: "replies", role: "group", "aria-label": "Suggested answers" });
    buttons.forEach(function (button) {
      var choice = el("button", { type: "button", class: "reply" }, String(button.title));
      choice.addEventListener("click", function () {
        send(String(button.payload), String(button.title));
        input.focus();
      });
      group.appendChild(choice);
    });
    log.appendChild(group);
  }

  function show(message, withReplies) {
    var bubble = el("p", { class: "message " + (message.from === "user" ? "user" : "bot") });
    bubble.appendChild(el("span", { class: "visually-hidden" }, message.from === "user" ? "You: " : "Advisor: "));
    bubble.appendChild(document.createTextNode(String(message.text)));
    log.appendChild(bubble);
    if (withReplies && message.buttons && message.buttons.length) {
      showQuickReplies(message.buttons);
    }
    scrollToEnd();
  }

  function restore() {
    state.messages.forEach(function (message, index) {
      show(message, index === state.messages.length - 1);
    });
  }

  function setTyping(on) {
    typing.hidden = !on;
    status.textContent = on ? "The advisor is typing" : "";
    window.clearTimeout(state.replyTimer);
    if (on) {
      state.replyTimer = window.setTimeout(function () {
        setTyping(false);
        show({ from: "bot", text: "Sorry, no answer came back. Please try again in a moment." }, false);
      }, REPLY_TIMEOUT_MS);
    }
    scrollToEnd();
  }

  // --- what the bot sends --------------------------------------------------------------------

  function buttonsOf(data) {
    var raw = data.quick_replies || data.buttons || [];
    return raw
      .filter(function (b) {
        return b && b.title !== undefined && b.payload !== undefined;
      })
      .map(function (b) {
        return { title: String(b.title), payload: String(b.payload) };
      });
  }

  function receive(data) {
    if (!data || typeof data.text !== "string" || data.text === "") {
      return; // images and custom payloads are not part of this assistant
    }
    touch();
    setTyping(false);
    clearQuickReplies();
    var message = { from: "bot", text: data.text, buttons: buttonsOf(data) };
    remember(message);
    show(message, true);
    if (PROOF_CUES.test(data.text)) {
      offerAttach();
    }
  }

  // --- proof documents ------------------------------------------------------------------------

  function offerAttach() {
    if (state.sender) {
      storage.set(STORAGE_ATTACH, state.sender);
    }
    attachBar.hidden = false;
  }

  function kindPicker(doc, item) {
    var row = el("div", { class: "upload-kind" });
    var id = "advisor-kind-" + doc.id;
    row.appendChild(el("label", { for: id }, "This is a"));
    var select = el("select", { id: id });
    KINDS.forEach(function (kind) {
      var option = el("option", { value: kind[0] }, kind[1]);
      if (kind[0] === doc.kind) {
        option.selected = true;
      }
      select.appendChild(option);
    });
    var confirm = el("button", { type: "button", class: "upload-confirm" }, "Confirm");
    confirm.addEventListener("click", function () {
      window
        .fetch(config.uploads + "/" + encodeURIComponent(doc.id) + "/kind", {
          method: "POST",
          credentials: "omit",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ sender_id: state.sender, kind: select.value }),
        })
        .then(function (response) {
          if (response.ok) {
            row.replaceChildren(el("span", { class: "upload-state" }, "Kept as: " + select.options[select.selectedIndex].textContent));
          }
        });
    });
    row.appendChild(select);
    row.appendChild(confirm);
    item.appendChild(row);
  }

  function showChecks(checks) {
    (checks || []).forEach(function (check) {
      if (check && typeof check.says === "string") {
        show({ from: "bot", text: check.says }, false);
      }
    });
  }

  function uploadFile(file) {
    var item = el("li", { class: "upload" });
    var thumb = el("span", { class: "upload-thumb", "aria-hidden": "true" }, file.type === "application/pdf" ? "PDF" : "");
    item.appendChild(thumb);
    item.appendChild(el("span", { class: "upload-name" }, file.name));
    var progress = el("progress", { max: "100", value: "0", "aria-label": "Upload of " + file.name });
    item.appendChild(progress);
    var note = el("span", { class: "upload-state", role: "status" });
    item.appendChild(note);
    var remove = el("button", { type: "button", class: "upload-remove", "aria-label": "Remove " + file.name }, "×");
    item.appendChild(remove);
    uploadList.appendChild(item);
    if (/^image\//.test(file.type) && window.FileReader) {
      var reader = new FileReader();
      reader.onload = function () {
        thumb.replaceChildren(el("img", { src: String(reader.result), alt: "" }));
      };
      reader.readAsDataURL(file);
    }
    if (file.size > MAX_FILE_BYTES) {
      note.textContent = "Too large: at most 10 MB a file.";
      progress.remove();
      remove.addEventListener("click", function () {
        item.remove();
      });
      return;
    }
    var request = new XMLHttpRequest();
    var uploaded = null;
    remove.addEventListener("click", function () {
      request.abort();
      if (uploaded) {
        window.fetch(config.uploads + "/" + encodeURIComponent(uploaded.id) + "/remove", {
          method: "POST",
          credentials: "omit",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ sender_id: state.sender }),
        });
      }
      item.remove();
    });
    conversation().then(function (sender) {
      var body = new FormData();
      body.append("sender_id", sender);
      body.append("file", file, file.name);
      request.open("POST", config.uploads);
      request.upload.onprogress = function (event) {
        if (event.lengthComputable) {
          progress.value = Math.round((100 * event.loaded) / event.total);
        }
      };
      request.onload = function () {
        var answer = {};
        try {
          answer = JSON.parse(request.responseText);
        } catch (e) {
          answer = {};
        }
        progress.remove();
        if (request.status === 201 && answer.documents && answer.documents.length) {
          uploaded = answer.documents[0];
          note.textContent = "Received";
          kindPicker(uploaded, item);
          showChecks(answer.checks);
        } else {
          note.textContent = typeof answer.error === "string" ? answer.error : "Not received: try again.";
        }
      };
      request.onerror = function () {
        note.textContent = "Not received: the connection failed. Try again.";
      };
      request.send(body);
    });
  }

  function uploadFiles(files) {
    Array.prototype.forEach.call(files || [], uploadFile);
  }

  // --- the conversation id --------------------------------------------------------------------

  // The current conversation's id, asked from the advisor host when there is none yet.
  function conversation() {
    if (state.sender) {
      return Promise.resolve(state.sender);
    }
    if (!state.pendingSender) {
      // No body and no custom header: a simple cross-origin request, no preflight.
      state.pendingSender = window
        .fetch(config.conversations, { method: "POST", credentials: "omit" })
        .then(function (response) {
          return response.status === 201 ? response.json() : Promise.reject(new Error("HTTP " + response.status));
        })
        .then(function (body) {
          if (!body || typeof body.sender_id !== "string" || !SENDER_PATTERN.test(body.sender_id)) {
            throw new Error("no conversation id");
          }
          state.sender = body.sender_id;
          storage.set(STORAGE_SENDER, state.sender);
          touch();
          requestSession();
          return state.sender;
        })
        .finally(function () {
          state.pendingSender = null;
        });
    }
    return state.pendingSender;
  }

  // The server no longer knows this id (its secret changed): drop it, keep the screen.
  function dropSender() {
    state.sender = null;
    state.confirmedSender = null;
    state.socketReady = false;
    storage.remove(STORAGE_SENDER);
  }

  function forgetConversation() {
    dropSender();
    storage.remove(STORAGE_MESSAGES);
    storage.remove(STORAGE_ACTIVE);
    state.messages = [];
    state.greeted = false;
    while (log.firstChild) {
      log.removeChild(log.firstChild);
    }
    storage.remove(STORAGE_ATTACH);
    uploadList.replaceChildren();
    attachBar.hidden = true;
  }

  // An idle conversation ends; what the next person sees starts empty.
  function expireIfIdle() {
    if (state.sender && idle()) {
      forgetConversation();
      return true;
    }
    return false;
  }

  // --- transports ----------------------------------------------------------------------------

  function postRest(text, sender) {
    return window.fetch(config.server + "/webhooks/rest/webhook", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: sender, message: text }),
    });
  }

  function sendRest(text, sender) {
    return postRest(text, sender)
      .then(function (response) {
        if (response.status === 403) {
          // An id from before the server's secret changed: once more with a new one.
          dropSender();
          return conversation().then(function (fresh) {
            return postRest(text, fresh);
          });
        }
        return response;
      })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (replies) {
        (replies || []).forEach(receive);
        setTyping(false);
      })
      .catch(function () {
        setTyping(false);
        show({ from: "bot", text: "Sorry, the advisor cannot be reached right now." }, false);
      });
  }

  function loadSocketIo() {
    return new Promise(function (resolve, reject) {
      var before = window.io;
      var tag = el("script", { src: staticUrl("socket.io.min.js"), async: "" });
      tag.onload = function () {
        var ours = window.io;
        // Leave the page's own `io` (if any, maybe another version) as it was.
        if (before === undefined) {
          delete window.io;
        } else {
          window.io = before;
        }
        return ours ? resolve(ours) : reject(new Error("no io"));
      };
      tag.onerror = reject;
      document.head.appendChild(tag);
    });
  }

  function connectSocket() {
    loadSocketIo()
      .then(function (io) {
        // Long-polling only: Rasa 3.6 serves socket.io through Sanic 21.12, whose WebSocket
        // code fails on Python 3.11 (the upgrade dies with "Invalid frame header").
        // io() reads a URL's path as a namespace: a server under a path prefix (behind
        // a proxy) is reached through the socket.io path instead.
        var server = new URL(config.server);
        var socket = io(server.origin, {
          path: server.pathname.replace(/\/+$/, "") + "/socket.io",
          transports: ["polling"],
          upgrade: false,
          reconnectionDelayMax: 10000,
        });
        var giveUp = window.setTimeout(function () {
          if (!state.socketReady) {
            state.socketFailed = true; // REST from now on; socket.io may still connect later
          }
        }, SOCKET_CONNECT_TIMEOUT_MS);
        state.socket = socket;
        socket.on("connect", function () {
          conversation().then(requestSession, function () {
            state.socketFailed = true;
          });
        });
        socket.on("session_confirm", function (id) {
          if (id !== state.sender) {
            return; // the answer to an earlier conversation's request
          }
          window.clearTimeout(giveUp);
          state.confirmedSender = id;
          state.socketReady = true;
          state.socketFailed = false;
          panel.setAttribute("data-transport", "socketio");
        });
        socket.on("session_refused", function () {
          // Not an id this server issued (any more): a new conversation, asked once.
          if (state.refusedOnce) {
            state.socketFailed = true;
            return;
          }
          state.refusedOnce = true;
          dropSender();
          conversation().then(requestSession);
        });
        socket.on("disconnect", function () {
          state.socketReady = false;
          state.confirmedSender = null;
        });
        socket.on("bot_uttered", receive);
      })
      .catch(function () {
        state.socketFailed = true;
      });
  }

  // Joins the room of this visitor's conversation (session persistence) on the server.
  function requestSession() {
    if (state.socket && state.socket.connected && state.sender) {
      state.socketReady = false;
      state.socket.emit("session_request", { session_id: state.sender });
    }
  }

  function deliver(text) {
    conversation().then(
      function (sender) {
        touch();
        if (state.socket && state.socketReady && state.confirmedSender === sender) {
          state.socket.emit("user_uttered", { message: text, session_id: sender });
        } else {
          panel.setAttribute("data-transport", "rest");
          sendRest(text, sender);
        }
      },
      function () {
        setTyping(false);
        show({ from: "bot", text: "Sorry, the advisor cannot be reached right now." }, false);
      }
    );
  }

  function whenTransportSettles(then) {
    // The first message waits (briefly) for socket.io instead of racing it over REST.
    var waited = 0;
    (function check() {
      if (state.socketReady || state.socketFailed || waited >= SOCKET_CONNECT_TIMEOUT_MS) {
        then();
        return;
      }
      waited += 100;
      window.setTimeout(check, 100);
    })();
  }

  function send(payload, shownAs) {
    if (expireIfIdle()) {
      show({ from: "bot", text: "The last conversation ended after a while without messages; this is a new one." }, false);
    }
    clearQuickReplies();
    if (shownAs !== null) {
      var message = { from: "user", text: shownAs };
      remember(message);
      show(message, false);
    }
    setTyping(true);
    // The id first (socket.io confirms it), then the transport, then the message.
    conversation().then(
      function () {
        whenTransportSettles(function () {
          deliver(payload);
        });
      },
      function () {
        setTyping(false);
        show({ from: "bot", text: "Sorry, the advisor cannot be reached right now." }, false);
      }
    );
  }

  // --- opening, closing, typing -----------------------------------------------------------

  function start() {
    if (!state.started) {
      state.started = true;
      if (config.transport === "socketio") {
        connectSocket();
      }
    }
    greetIfNew();
  }

  function greetIfNew() {
    if (!state.greeted && state.messages.length === 0 && config.start) {
      state.greeted = true;
      send(config.start, null);
    }
  }

  function open() {
    expireIfIdle();
    panel.hidden = false;
    host.classList.add("open");
    launcher.setAttribute("aria-expanded", "true");
    launcher.setAttribute("aria-label", "Close chat: " + config.title);
    start();
    scrollToEnd();
    input.focus();
  }

  function close() {
    panel.hidden = true;
    host.classList.remove("open");
    launcher.setAttribute("aria-expanded", "false");
    launcher.setAttribute("aria-label", "Open chat: " + config.title);
    launcher.focus();
  }

  function askRestart() {
    confirmBar.hidden = false;
    restartButton.setAttribute("aria-expanded", "true");
    confirmNo.focus();
  }

  function closeConfirm() {
    confirmBar.hidden = true;
    restartButton.setAttribute("aria-expanded", "false");
  }

  function restart() {
    closeConfirm();
    forgetConversation();
    // The new id (asked now) joins its own room on the socket: session_request again.
    greetIfNew();
    input.focus();
  }

  launcher.addEventListener("click", function () {
    return panel.hidden ? open() : close();
  });
  closeButton.addEventListener("click", close);
  restartButton.addEventListener("click", askRestart);
  confirmYes.addEventListener("click", restart);
  confirmNo.addEventListener("click", function () {
    closeConfirm();
    input.focus();
  });
  window.setInterval(expireIfIdle, IDLE_CHECK_MS);
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });
  fileInput.addEventListener("change", function () {
    uploadFiles(fileInput.files);
    fileInput.value = "";
  });
  panel.addEventListener("dragover", function (event) {
    if (!attachBar.hidden) {
      event.preventDefault();
      panel.classList.add("dropping");
    }
  });
  panel.addEventListener("dragleave", function () {
    panel.classList.remove("dropping");
  });
  panel.addEventListener("drop", function (event) {
    panel.classList.remove("dropping");
    if (!attachBar.hidden && event.dataTransfer) {
      event.preventDefault();
      uploadFiles(event.dataTransfer.files);
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) {
      return;
    }
    input.value = "";
    send(text, text);
  });

  restore();
  if (state.sender && storage.get(STORAGE_ATTACH) === state.sender) {
    attachBar.hidden = false;
  }
  if (document.body) {
    document.body.appendChild(host);
  } else {
    document.addEventListener("DOMContentLoaded", function () {
      document.body.appendChild(host);
    });
  }
})();
