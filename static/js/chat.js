// The chat, made quicker: without this script the page works by plain form posts. With it, a message
// goes to /api/chat as JSON (with the CSRF token from the page's meta tag) and the reply is added to
// the page without a reload. Replies are built with textContent only, never as HTML.
(function () {
  "use strict";

  var form = document.getElementById("message-form");
  var quick = document.getElementById("quick-replies");
  var chips = document.getElementById("chips");
  var transcript = document.getElementById("transcript");
  var input = document.getElementById("message");
  var error = document.getElementById("message-error");
  var token = document.querySelector('meta[name="csrf-token"]');
  if (!form || !quick || !chips || !transcript || !input || !error || !token || !window.fetch) {
    return;
  }

  var count = document.getElementById("message-count");
  var countLive = document.getElementById("message-count-live");
  var apiUrl = form.getAttribute("data-api-url");
  var maxChars = parseInt(form.getAttribute("data-max-chars"), 10) || 500;
  var calm = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var busy = false;

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function link(href, text) {
    var a = make("a", null, text);
    a.href = href;
    return a;
  }

  function showError(text) {
    error.textContent = text;
    error.hidden = false;
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", "message-error message-hint");
    input.focus();
  }

  // How many characters are left, once few are: shown at once, and told to a screen reader only when
  // typing pauses, so it does not speak over every key. Counted as the box's maxlength counts them.
  var COUNT_FROM = 100;
  var COUNT_PAUSE_MS = 1000;
  var countTimer = null;

  function charactersLeft(left) {
    if (left < 0) {
      return (-left === 1 ? "1 character" : -left + " characters") + " too many";
    }
    return (left === 1 ? "1 character" : left + " characters") + " left" + (left ? "" : ": that is the most a message can be");
  }

  function updateCount() {
    if (!count || !countLive) {
      return;
    }
    var left = maxChars - input.value.length;
    window.clearTimeout(countTimer);
    if (left > COUNT_FROM) {
      count.hidden = true;
      countLive.textContent = "";
      return;
    }
    count.hidden = false;
    count.textContent = charactersLeft(left);
    countTimer = window.setTimeout(function () {
      countLive.textContent = count.textContent;
    }, COUNT_PAUSE_MS);
  }

  function clearError() {
    error.hidden = true;
    error.textContent = "";
    input.removeAttribute("aria-invalid");
    input.setAttribute("aria-describedby", "message-hint");
  }

  // The same markup as templates/components/messages.html.
  function youSaid(text) {
    var turn = make("div", "turn turn-you turn-new");
    turn.appendChild(make("p", "speaker visually-hidden", "You said:"));
    turn.appendChild(make("p", "bubble bubble-you", text));
    return turn;
  }

  function card(message) {
    var box = make("div", "card card-" + message.kind);
    var title = make("p", "card-title");
    title.appendChild(message.href ? link(message.href, message.title) : document.createTextNode(message.title));
    box.appendChild(title);
    if (message.lines && message.lines.length) {
      var lines = make("ul", "card-lines");
      message.lines.forEach(function (line) {
        lines.appendChild(make("li", null, line));
      });
      box.appendChild(lines);
    }
    if (message.phone || message.email || message.go) {
      var contacts = make("ul", "contact-links");
      if (message.phone) {
        contacts.appendChild(make("li")).appendChild(link("tel:" + message.phone.replace(/\s/g, ""), "Phone " + message.phone));
      }
      if (message.email) {
        contacts.appendChild(make("li")).appendChild(link("mailto:" + message.email, "Email " + message.email));
      }
      if (message.go) {
        var site = link(message.go, "Website");
        site.appendChild(make("span", "visually-hidden", ": " + message.title));
        contacts.appendChild(make("li")).appendChild(site);
      }
      box.appendChild(contacts);
    }
    return box;
  }

  function botTurn(reply) {
    var turn = make("div", "turn turn-bot turn-new");
    turn.appendChild(make("p", "speaker visually-hidden", "The guide said:"));
    // One reply, one bubble: its paragraphs together, then its cards (as the page draws them).
    var messages = reply.messages || [];
    var texts = messages.filter(function (message) { return message.type !== "card"; });
    if (texts.length) {
      var bubble = turn.appendChild(make("div", "bubble bubble-bot"));
      texts.forEach(function (message) { bubble.appendChild(make("p", null, message.text)); });
    }
    messages.forEach(function (message) {
      if (message.type === "card") turn.appendChild(card(message));
    });
    if (reply.plan_url) {
      var open = link(reply.plan_url, "Open my plan");
      open.className = "button";
      turn.appendChild(make("p")).appendChild(open);
    }
    return turn;
  }

  function setQuickReplies(buttons) {
    chips.textContent = "";
    (buttons || []).forEach(function (item) {
      var button = make("button", "chip", item.label);
      button.type = "submit";
      button.name = "payload";
      button.value = item.payload;
      chips.appendChild(button);
    });
    quick.hidden = chips.children.length === 0;
  }

  function showTyping() {
    var typing = make("div", "typing");
    typing.setAttribute("aria-hidden", "true");
    typing.appendChild(make("span"));
    typing.appendChild(make("span"));
    typing.appendChild(make("span"));
    transcript.appendChild(typing);
    return typing;
  }

  // `shown` is the tapped answer's bubble, put on the page while the reply was on its way.
  function addTurn(reply, fromButton, shown) {
    var previous = document.getElementById("latest");
    if (previous) {
      previous.removeAttribute("id");
      previous.removeAttribute("tabindex");
    }
    var mine = shown || transcript.appendChild(youSaid(reply.you));
    var theirs = botTurn(reply);
    theirs.id = "latest";
    theirs.tabIndex = -1;
    transcript.appendChild(theirs);
    setQuickReplies(reply.quick_replies);
    // Where the first new button will be once your words are scrolled to the top of the screen.
    var next = chips.querySelector("button");
    var shown = next && fitsAbove(next, mine);
    mine.scrollIntoView({ block: "start", behavior: calm ? "auto" : "smooth" });
    // Keyboard users carry on from where they are: typing keeps the message box; a tapped button
    // has gone, so focus moves to the first new button when it is in sight, else to the reply itself
    // (a long one, like the suggested jobs: Tab then leads through it to the buttons), or to the
    // message box when there are no buttons. Focus is never left hidden under the message box.
    if (fromButton) {
      (shown ? next : next ? theirs : input).focus({ preventScroll: true });
    }
  }

  function fitsAbove(element, top) {
    var composer = document.getElementById("composer");
    var limit = composer ? composer.getBoundingClientRect().top : window.innerHeight;
    var start = top.getBoundingClientRect().top;
    return element.getBoundingClientRect().bottom - start <= limit;
  }

  function send(body, fromButton) {
    if (busy) {
      return;
    }
    busy = true;
    // A tapped answer shows at once, so the tap is seen to have worked (and why more taps do nothing
    // until the reply comes). Typed words wait for the reply: the server may take personal details out.
    var shown = fromButton ? transcript.appendChild(youSaid(body.label)) : null;
    var typing = showTyping();
    fetch(apiUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "X-CSRFToken": token.getAttribute("content"),
      },
      body: JSON.stringify(body),
    })
      .then(function (response) {
        return response
          .json()
          .catch(function () {
            return {};
          })
          .then(function (data) {
            return { ok: response.ok, data: data };
          });
      })
      .then(function (result) {
        typing.remove();
        busy = false;
        if (result.ok && result.data.restart_url) {
          window.location.replace(result.data.restart_url); // a fresh page, as "Start again" gives
        } else if (result.ok) {
          clearError();
          if (!fromButton) {
            input.value = "";
            updateCount();
          }
          addTurn(result.data, fromButton, shown);
          if (result.data.plan_url) {
            window.location.assign(result.data.plan_url); // they asked to see it, as the plain form does
          }
        } else {
          if (shown) {
            shown.remove();
          }
          showError(result.data.message || "Sorry, something went wrong. Please try again.");
        }
      })
      .catch(function () {
        typing.remove();
        if (shown) {
          shown.remove();
        }
        busy = false;
        showError("We could not reach the guide. Check the connection, then try again.");
      });
  }

  input.addEventListener("input", updateCount);
  updateCount(); // a message sent back to the page, too long, is counted at once

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    var length = Array.from(text).length;
    if (length > maxChars) {
      showError(
        "Please keep it shorter: your message has " + length + " characters, and the most is " + maxChars +
          ". Try asking one thing at a time."
      );
    } else if (!text) {
      showError("Type a question, or tap one of the buttons.");
    } else {
      send({ message: text }, false);
    }
  });

  quick.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (!button || button.name !== "payload") {
      return; // an old browser: let the form post as it would without the script
    }
    event.preventDefault();
    send({ payload: button.value, label: button.textContent.trim() }, true);
  });
})();

// "Start again" asks first, in place: "Clear this chat?" with "Yes, clear it" (a plain form post) and
// "No, keep it". Without this script the link opens a page that asks the same question.
(function () {
  "use strict";

  var start = document.getElementById("start-again");
  var actions = document.getElementById("composer-actions");
  var confirm = document.getElementById("clear-confirm");
  var question = document.getElementById("clear-question");
  var keep = document.getElementById("keep-chat");
  if (!start || !actions || !confirm || !question || !keep) {
    return;
  }

  function ask(event) {
    event.preventDefault();
    actions.hidden = true;
    confirm.hidden = false;
    // Focus on the question itself: a screen reader reads it out, and Tab leads on to the two answers.
    question.focus();
  }

  function keepChat() {
    confirm.hidden = true;
    actions.hidden = false;
    start.focus();
  }

  start.addEventListener("click", ask);
  keep.addEventListener("click", keepChat);
  confirm.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      keepChat();
    }
  });
})();
