/**
 * The web harness's `window.planner` (the PlannerBridge of shared/contract.ts),
 * the browser counterpart of electron/preload: `invoke` POSTs to
 * /rpc/<channel>, `on` listens on one Server-Sent Events stream.
 *
 * Plain browser JavaScript, no build step. It is a classic script placed
 * before the app's module script, so it runs first.
 *
 * The token arrives once in `?t=` (the address `npm run web` prints); it is
 * kept in sessionStorage (this tab only) and removed from the visible
 * address so it is not bookmarked, shared or shown in a screenshot.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'bird-in-hand:web-harness-token';
  var LOST_CONTACT = {
    ok: false,
    error: { code: 'io', message: 'Lost contact with the Bird in Hand web harness. Is `npm run web` still running?' },
  };

  function readToken() {
    var params = new URLSearchParams(location.search);
    var fromUrl = params.get('t');
    if (fromUrl) {
      try {
        sessionStorage.setItem(TOKEN_KEY, fromUrl);
      } catch {
        // Storage can be disabled; the token still works for this page.
      }
      params.delete('t');
      var query = params.toString();
      history.replaceState(history.state, '', location.pathname + (query ? '?' + query : '') + location.hash);
      return fromUrl;
    }
    try {
      return sessionStorage.getItem(TOKEN_KEY) || '';
    } catch {
      return '';
    }
  }

  var token = readToken();
  // One client per page load, like one webContents per window: the store keeps
  // each client's save base apart (electron/main/ipc/dispatch.ts, Caller).
  var client = globalThis.crypto.randomUUID();

  function isResult(value) {
    if (!value || typeof value !== 'object') return false;
    if (value.ok === true) return 'data' in value;
    return value.ok === false && !!value.error && typeof value.error.code === 'string';
  }

  function invoke(channel, input) {
    return fetch('/rpc/' + encodeURIComponent(String(channel)), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bird-token': token, 'x-bird-client': client },
      body: input === undefined ? '' : JSON.stringify(input),
      cache: 'no-store',
      credentials: 'omit',
    }).then(
      function (response) {
        return response.json().then(
          function (body) {
            if (isResult(body)) return body;
            return { ok: false, error: { code: 'internal', message: 'The web harness sent an answer Bird in Hand did not understand. Restart `npm run web`.' } };
          },
          function () {
            return { ok: false, error: { code: 'internal', message: 'The web harness sent an answer that was not JSON (HTTP ' + response.status + '). Restart `npm run web`.' } };
          },
        );
      },
      function () {
        return LOST_CONTACT;
      },
    );
  }

  // One EventSource for the page, opened on the first subscription and
  // closed when the last listener leaves. It reconnects by itself (sending
  // the last id it saw); a new one starts after the last event this page
  // received, first the one it was served with, so nothing sent in between
  // is lost.
  var source = null;
  var lastEventId = Number('__LAST_EVENT_ID__') || 0;
  var listeners = new Map(); // event name → Set of listeners
  var relays = new Map(); // event name → the one EventSource listener that fans out

  function ensureSource() {
    if (!source) source = new EventSource('/__harness/events?t=' + encodeURIComponent(token) + '&since=' + lastEventId);
    return source;
  }

  function on(event, listener) {
    if (typeof listener !== 'function') throw new TypeError('planner.on needs a listener function.');
    var name = String(event);
    var set = listeners.get(name);
    if (!set) {
      set = new Set();
      listeners.set(name, set);
      var relay = function (message) {
        var payload;
        var id = Number(message.lastEventId);
        if (id > lastEventId) lastEventId = id;
        try {
          payload = JSON.parse(message.data);
        } catch {
          return;
        }
        // One failing listener must not keep the event from the others.
        Array.from(set).forEach(function (fn) {
          try {
            fn(payload);
          } catch (error) {
            console.error('A planner.on(' + JSON.stringify(name) + ') listener failed', error);
          }
        });
      };
      relays.set(name, relay);
      ensureSource().addEventListener(name, relay);
    }
    // Wrapped so the same function subscribed twice gets two independent subscriptions.
    var entry = function (payload) {
      listener(payload);
    };
    set.add(entry);
    var active = true;
    return function unsubscribe() {
      if (!active) return;
      active = false;
      set.delete(entry);
      if (set.size > 0) return;
      listeners.delete(name);
      if (source) source.removeEventListener(name, relays.get(name));
      relays.delete(name);
      if (listeners.size === 0 && source) {
        source.close();
        source = null;
      }
    };
  }

  Object.defineProperty(window, 'planner', {
    value: Object.freeze({ invoke: invoke, on: on }),
    writable: false,
    configurable: false,
    enumerable: true,
  });
})();
