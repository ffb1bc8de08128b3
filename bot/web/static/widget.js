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
 * Everything the customer wrote is put in the page with textContent, never as HTML. The
 * bot's text may use a small markup (docs/widget.md): "- " bullets, **bold**, and links
 * ([label](https://…), mailto: and tel: only; bare web and email addresses become links),
 * built with DOM calls, never parsed as HTML. Structured parts come as the message's Rasa
 * `custom` payload: a recommendation card, a claim summary with an edit per line, a claim
 * reference with a copy button, a question's progress, checkboxes, the keyboard to show.
 * The widget lives in a shadow root, so the jeweler's CSS and ours stay apart.
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
  var STORAGE_OPEN = "jewelry-advisor:open";
  // Buttons that leave the current question (styled apart from its answers); "Start over"
  // asks first.
  var RESTART_PAYLOAD = "/restart";
  var WAY_OUT_PAYLOADS = [RESTART_PAYLOAD, "/human_handoff"];
  // A long wait gets words in the typing bubble, not just dots.
  var STILL_WORKING_MS = 5000;
  var LINK_PROTOCOLS = ["http:", "https:", "mailto:", "tel:"];
  var INLINE_MARKUP =
    /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<>()]*[^\s<>().,;:!?'"])|([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;
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
    slowTimer: null,
    // The first message of the reply being received: the log scrolls to it, not past it.
    replyStart: null,
    // The flow the last progress line was about ("claim", "guide"): "Start over" inside a
    // claim restarts the claim.
    flow: null,
    // How the last button was pressed: a tap does not focus the text box (a phone's
    // keyboard would cover the next buttons).
    pointer: "",
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
  var styles = el("link", { rel: "stylesheet", href: staticUrl("widget.css") });
  root.appendChild(styles);

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
  var disclaimer = el(
    "p",
    { class: "disclaimer", id: "advisor-disclaimer" },
    "Automated assistant: general information, not insurance or legal advice."
  );
  panel.setAttribute("aria-describedby", "advisor-disclaimer");

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
  // The typing bubble sits in the log, where the answer will appear.
  var typing = el("div", { class: "typing", "aria-hidden": "true" });
  var dots = el("span", { class: "dots" });
  dots.appendChild(el("span"));
  dots.appendChild(el("span"));
  dots.appendChild(el("span"));
  typing.appendChild(dots);
  var typingNote = el("span", { class: "typing-note" });
  typing.appendChild(typingNote);
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
  panel.appendChild(disclaimer);
  panel.appendChild(confirmBar);
  panel.appendChild(log);
  log.appendChild(typing);
  panel.appendChild(status);
  panel.appendChild(attachBar);
  panel.appendChild(form);
  root.appendChild(launcher);
  root.appendChild(panel);

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  // A reply of several messages is read from its first one: the log scrolls to the top
  // of the reply (the recommendation, the price), not to its last line.
  function scrollToReply() {
    var start = state.replyStart;
    if (!start || !start.isConnected) {
      scrollToEnd();
      return;
    }
    log.scrollTop = Math.max(0, start.offsetTop - 8);
  }

  // The log's last child is always the typing bubble (hidden or not).
  function append(node) {
    log.insertBefore(node, typing);
    return node;
  }

  // --- the bot's markup, built with DOM calls -------------------------------------------------

  function safeHref(href) {
    try {
      var url = new URL(href, window.location.href);
      return LINK_PROTOCOLS.indexOf(url.protocol) >= 0 ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function link(href, label) {
    var safe = safeHref(href);
    if (!safe) {
      return document.createTextNode(label);
    }
    var anchor = el("a", { href: safe }, label);
    if (/^https?:/.test(safe)) {
      anchor.setAttribute("target", "_blank");
      anchor.setAttribute("rel", "noopener noreferrer");
    }
    return anchor;
  }

  // **bold**, [label](url), bare https:// addresses and email addresses; the rest is text.
  function inline(parent, text) {
    var at = 0;
    var match;
    INLINE_MARKUP.lastIndex = 0;
    while ((match = INLINE_MARKUP.exec(text)) !== null) {
      if (match.index > at) {
        parent.appendChild(document.createTextNode(text.slice(at, match.index)));
      }
      if (match[1] !== undefined) {
        var strong = el("strong");
        inlineLinks(strong, match[1]);
        parent.appendChild(strong);
      } else if (match[2] !== undefined) {
        parent.appendChild(link(match[3], match[2]));
      } else if (match[4] !== undefined) {
        parent.appendChild(link(match[4], match[4]));
      } else {
        parent.appendChild(link("mailto:" + match[5], match[5]));
      }
      at = match.index + match[0].length;
    }
    if (at < text.length) {
      parent.appendChild(document.createTextNode(text.slice(at)));
    }
  }

  // Inside bold: links only (no nesting of bold).
  function inlineLinks(parent, text) {
    var saved = INLINE_MARKUP.lastIndex;
    var holder = el("span");
    inline(holder, text.replace(/\*\*/g, ""));
    while (holder.firstChild) {
      parent.appendChild(holder.firstChild);
    }
    INLINE_MARKUP.lastIndex = saved;
  }

  // Lines starting with "- " or "• " are a list; a blank line starts a new paragraph.
  function renderMarkup(parent, text) {
    var paragraph = null;
    var list = null;
    String(text)
      .split("\n")
      .forEach(function (line) {
        var bullet = /^\s*[-•*]\s+(.*)$/.exec(line);
        if (bullet) {
          paragraph = null;
          if (!list) {
            list = parent.appendChild(el("ul", { class: "bullets" }));
          }
          var item = list.appendChild(el("li"));
          inline(item, bullet[1]);
          return;
        }
        list = null;
        if (!line.trim()) {
          paragraph = null;
          return;
        }
        if (paragraph) {
          paragraph.appendChild(el("br"));
        } else {
          paragraph = parent.appendChild(el("p"));
        }
        inline(paragraph, line);
      });
  }

  // --- buttons ---------------------------------------------------------------------------------

  function clearQuickReplies() {
    Array.prototype.forEach.call(log.querySelectorAll(".replies, .checklist, .ask-restart"), function (group) {
      group.remove();
    });
  }

  function isWayOut(button) {
    return WAY_OUT_PAYLOADS.indexOf(button.payload) >= 0;
  }

  function afterPress() {
    // A tap leaves the keyboard closed; a click or a key puts the cursor in the box.
    if (state.pointer === "touch" || state.pointer === "pen") {
      log.focus({ preventScroll: true });
    } else {
      input.focus();
    }
  }

  function replyButton(button, wayOut) {
    var choice = el("button", { type: "button", class: wayOut ? "reply way-out" : "reply" }, String(button.title));
    choice.addEventListener("click", function () {
      if (button.payload === RESTART_PAYLOAD) {
        askStartOver(choice.closest(".replies"));
        return;
      }
      send(String(button.payload), String(button.title));
      afterPress();
    });
    return choice;
  }

  function showQuickReplies(buttons) {
    var answers = buttons.filter(function (b) {
      return !isWayOut(b);
    });
    var ways = buttons.filter(isWayOut);
    var group = el("div", { class: "replies", role: "group", "aria-label": "Suggested answers" });
    answers.forEach(function (button) {
      group.appendChild(replyButton(button, false));
    });
    if (ways.length) {
      var apart = el("div", { class: "ways-out", role: "group", "aria-label": "Other options" });
      ways.forEach(function (button) {
        apart.appendChild(replyButton(button, true));
      });
      group.appendChild(apart);
    }
    append(group);
  }

  // "Start over" asks first; inside a claim it restarts the claim, not the whole chat.
  function askStartOver(group) {
    var inClaim = state.flow === "claim";
    var box = el("div", { class: "ask-restart", role: "group", "aria-label": "Start over?" });
    box.appendChild(
      el(
        "p",
        {},
        inClaim
          ? "Start this claim again from the first question? The answers so far will be cleared."
          : "Start over? The answers so far will be cleared."
      )
    );
    var yes = el("button", { type: "button", class: "reply confirm-start-over" }, inClaim ? "Yes, restart the claim" : "Yes, start over");
    var no = el("button", { type: "button", class: "reply way-out keep-going" }, "No, keep going");
    yes.addEventListener("click", function () {
      state.flow = inClaim ? "claim" : null;
      send(inClaim ? "/restart_claim" : RESTART_PAYLOAD, inClaim ? "Restart the claim" : "Start over");
      afterPress();
    });
    no.addEventListener("click", function () {
      box.remove();
      if (group) {
        group.hidden = false;
        var first = group.querySelector("button");
        if (first) {
          first.focus();
        }
      }
    });
    box.appendChild(yes);
    box.appendChild(no);
    if (group) {
      group.hidden = true;
      group.parentNode.insertBefore(box, group.nextSibling);
    } else {
      append(box);
    }
    no.focus();
    scrollToEnd();
  }

  // Several answers at once (the proof question): checkboxes, then one message.
  function showChecklist(custom) {
    var options = (Array.isArray(custom.options) ? custom.options : []).filter(function (o) {
      return o && typeof o.label === "string";
    });
    if (!options.length) {
      return;
    }
    var box = el("fieldset", { class: "checklist" });
    box.appendChild(el("legend", {}, typeof custom.legend === "string" ? custom.legend : "Choose all that apply"));
    options.forEach(function (option, index) {
      var id = "advisor-check-" + index;
      var row = el("div", { class: "check" });
      var tick = el("input", { type: "checkbox", id: id, value: option.label });
      row.appendChild(tick);
      row.appendChild(el("label", { for: id }, option.label));
      box.appendChild(row);
    });
    var actions = el("div", { class: "checklist-actions" });
    var sendChecked = el("button", { type: "button", class: "reply send-checked" }, "Send these");
    sendChecked.addEventListener("click", function () {
      var chosen = Array.prototype.map.call(box.querySelectorAll("input:checked"), function (tick) {
        return tick.value;
      });
      if (!chosen.length) {
        status.textContent = "Tick at least one, or choose None of these.";
        return;
      }
      var text = chosen.length > 1 ? chosen.slice(0, -1).join(", ") + " and " + chosen[chosen.length - 1] : chosen[0];
      send(text, text);
      afterPress();
    });
    actions.appendChild(sendChecked);
    if (typeof custom.none_payload === "string") {
      var none = el("button", { type: "button", class: "reply" }, "None of these");
      none.addEventListener("click", function () {
        send(custom.none_payload, "None of these");
        afterPress();
      });
      actions.appendChild(none);
    }
    box.appendChild(actions);
    append(box);
  }

  // --- structured parts (Rasa custom payloads) ---------------------------------------------

  function partOf(message) {
    var custom = message.custom;
    return custom && typeof custom === "object" && typeof custom.widget === "string" ? custom : null;
  }

  function texts(list) {
    return (Array.isArray(list) ? list : []).filter(function (t) {
      return typeof t === "string" && t !== "";
    });
  }

  function card(bubble, custom, text) {
    bubble.classList.add("card");
    var head = bubble.appendChild(el("div", { class: "card-head" }));
    head.appendChild(el("p", { class: "card-kicker" }, typeof custom.kicker === "string" ? custom.kicker : "My recommendation"));
    head.appendChild(el("p", { class: "card-title" }, String(custom.title || "")));
    if (typeof custom.cost === "string" && custom.cost) {
      head.appendChild(el("p", { class: "card-cost" }, custom.cost));
    }
    var reasons = texts(custom.reasons);
    if (reasons.length) {
      var list = bubble.appendChild(el("ul", { class: "card-reasons", "aria-label": "Why" }));
      reasons.forEach(function (reason) {
        inline(list.appendChild(el("li")), reason);
      });
    }
    var notes = texts(custom.notes);
    if (notes.length) {
      renderMarkup(bubble.appendChild(el("div", { class: "card-notes" })), notes.join("\n\n"));
    } else if (!reasons.length) {
      renderMarkup(bubble, text);
    }
  }

  function summary(bubble, custom) {
    bubble.classList.add("summary");
    if (typeof custom.intro === "string") {
      renderMarkup(bubble, custom.intro);
    }
    var list = bubble.appendChild(el("dl", { class: "summary-lines" }));
    (Array.isArray(custom.lines) ? custom.lines : []).forEach(function (line) {
      if (!line || typeof line.label !== "string") {
        return;
      }
      var row = list.appendChild(el("div", { class: "summary-line" }));
      row.appendChild(el("dt", {}, line.label));
      var value = row.appendChild(el("dd", {}, String(line.value)));
      if (typeof line.edit === "string" && line.edit) {
        var edit = el("button", { type: "button", class: "edit", "aria-label": "Edit " + line.label }, "Edit");
        edit.addEventListener("click", function () {
          send(line.edit, "Change: " + line.label);
          afterPress();
        });
        value.appendChild(edit);
      }
    });
    if (typeof custom.outro === "string") {
      renderMarkup(bubble, custom.outro);
    }
  }

  function copyText(text, button) {
    var done = function () {
      button.textContent = "Copied";
      status.textContent = "Reference copied";
      window.setTimeout(function () {
        button.textContent = "Copy";
      }, 2000);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () {
        status.textContent = "Copy failed: select the reference and copy it.";
      });
    } else {
      status.textContent = "Copy failed: select the reference and copy it.";
    }
  }

  function reference(bubble, custom, text) {
    var code = String(custom.reference || "");
    var chip = bubble.appendChild(el("p", { class: "reference" }));
    chip.appendChild(el("span", { class: "reference-label" }, "Your claim reference"));
    chip.appendChild(el("code", { class: "reference-code" }, code));
    var copy = el("button", { type: "button", class: "copy", "aria-label": "Copy reference " + code }, "Copy");
    copy.addEventListener("click", function () {
      copyText(code, copy);
    });
    chip.appendChild(copy);
    renderMarkup(bubble, text);
  }

  // The keyboard for the question just asked: email and phone keyboards on a phone.
  function setKeyboard(kind) {
    var modes = { email: ["email", "email"], tel: ["tel", "tel"] };
    var mode = modes[kind];
    if (mode) {
      input.setAttribute("inputmode", mode[0]);
      input.setAttribute("autocomplete", mode[1]);
    } else {
      input.removeAttribute("inputmode");
      input.setAttribute("autocomplete", "off");
    }
  }

  function show(message, withReplies) {
    var custom = partOf(message);
    if (custom && custom.widget === "progress") {
      state.flow = typeof custom.flow === "string" ? custom.flow : null;
      var line = append(el("p", { class: "progress" }, "Question " + Number(custom.step) + " of " + Number(custom.of)));
      scrollToEnd();
      return line;
    }
    if (message.from !== "user" && !message.text && !custom) {
      return null;
    }
    var bubble = el("div", { class: "message " + (message.from === "user" ? "user" : "bot") });
    bubble.appendChild(el("span", { class: "visually-hidden" }, message.from === "user" ? "You: " : "Advisor: "));
    if (message.from === "user") {
      bubble.appendChild(el("p", {}, String(message.text))); // the customer's words: text only
    } else if (custom && custom.widget === "card") {
      card(bubble, custom, message.text);
    } else if (custom && custom.widget === "summary") {
      summary(bubble, custom);
    } else if (custom && custom.widget === "reference") {
      reference(bubble, custom, message.text);
    } else {
      renderMarkup(bubble, message.text || "");
    }
    append(bubble);
    scrollToEnd();
    if (withReplies) {
      if (custom && custom.widget === "checklist") {
        showChecklist(custom);
      }
      if (message.buttons && message.buttons.length) {
        showQuickReplies(message.buttons);
      }
    }
    return bubble;
  }

  function restore() {
    state.messages.forEach(function (message, index) {
      show(message, index === state.messages.length - 1);
    });
    var last = state.messages[state.messages.length - 1];
    if (last && last.from === "bot") {
      setKeyboard(last.custom && last.custom.input);
    }
  }

  function setTyping(on) {
    typing.hidden = !on;
    typingNote.textContent = "";
    status.textContent = on ? "The advisor is typing" : "";
    window.clearTimeout(state.replyTimer);
    window.clearTimeout(state.slowTimer);
    if (on) {
      log.appendChild(typing); // stays last
      state.slowTimer = window.setTimeout(function () {
        typingNote.textContent = "Still working on it…";
        status.textContent = "Still working on your answer";
      }, STILL_WORKING_MS);
      state.replyTimer = window.setTimeout(function () {
        setTyping(false);
        show({ from: "bot", text: "Sorry, no answer came back. Please try again in a moment." }, false);
      }, REPLY_TIMEOUT_MS);
      scrollToEnd();
    }
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

  function customOf(data) {
    var custom = data.custom;
    if (!custom || typeof custom !== "object" || Array.isArray(custom)) {
      return null;
    }
    // Stored in the browser with the message: only what the widget reads, as JSON.
    return JSON.parse(JSON.stringify(custom));
  }

  function receive(data) {
    if (!data) {
      return;
    }
    var text = typeof data.text === "string" ? data.text : "";
    var custom = customOf(data);
    if (!text && !(custom && typeof custom.widget === "string")) {
      return; // images and other payloads are not part of this assistant
    }
    touch();
    setTyping(false);
    clearQuickReplies();
    var message = { from: "bot", text: text, buttons: buttonsOf(data) };
    if (custom) {
      message.custom = custom;
    }
    remember(message);
    var shown = show(message, true);
    if (!state.replyStart && shown) {
      state.replyStart = shown;
    }
    if (custom && custom.widget === "progress") {
      return;
    }
    if (custom && (custom.widget === "reference" || custom.widget === "card")) {
      state.flow = null; // the claim is stored, the guide has answered: no flow to restart
    }
    setKeyboard(custom && custom.input);
    scrollToReply();
    if (PROOF_CUES.test(text) || (custom && (custom.widget === "reference" || custom.widget === "checklist"))) {
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
    state.flow = null;
    state.replyStart = null;
    while (log.firstChild) {
      log.removeChild(log.firstChild);
    }
    log.appendChild(typing);
    setKeyboard(null);
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
    state.replyStart = null;
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

  // `restoring`: reopened after a page load, so the page keeps its focus.
  function open(restoring) {
    expireIfIdle();
    panel.hidden = false;
    host.classList.add("open");
    storage.set(STORAGE_OPEN, "1");
    launcher.setAttribute("aria-expanded", "true");
    launcher.setAttribute("aria-label", "Close chat: " + config.title);
    start();
    scrollToEnd();
    if (restoring !== true) {
      input.focus();
    }
  }

  function close() {
    storage.set(STORAGE_OPEN, "0");
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
  panel.addEventListener("pointerdown", function (event) {
    state.pointer = event.pointerType || "";
  });
  panel.addEventListener("keydown", function () {
    state.pointer = "";
  });
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
  // Until the stylesheet is in, the log has no height to scroll: the restored
  // conversation is shown from its end once it is.
  styles.addEventListener("load", function () {
    if (!state.replyStart) {
      scrollToEnd();
    }
  });

  // Open before the reload, with a conversation to show: open again.
  function mount() {
    document.body.appendChild(host);
    if (storage.get(STORAGE_OPEN) === "1" && state.sender) {
      open(true);
    }
  }
  if (document.body) {
    mount();
  } else {
    document.addEventListener("DOMContentLoaded", mount);
  }
})();
