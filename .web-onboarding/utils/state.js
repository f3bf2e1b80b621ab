// State management for Reflex web apps.
import io from "socket.io-client";
import { mergician } from "mergician";
import env from "$/env.json";
import reflexEnvironment from "$/reflex.json";
import Cookies from "universal-cookie";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  useLocation,
  useNavigate,
  useSearchParams,
  useParams,
} from "react-router";
import { app, eventLoop } from "$/utils/context-registry";
import debounce from "$/utils/helpers/debounce";
import { parseJson } from "$/utils/helpers/json";
import throttle from "$/utils/helpers/throttle";
import { uploadFiles } from "$/utils/helpers/upload";

// Endpoint URLs.
const EVENTURL = env.EVENT;

// Socket event names (must match reflex_base/constants/event.py SocketEvent)
const CLIENT_ERROR_EVENT = "client_error";
const STATE_MISMATCH_EVENT = "state_mismatch";

// sessionStorage key with the time of the last automatic reload (must match
// LAST_RELOADED_KEY in reflex/state.py: the reload on a frontend error and the
// reload on a state mismatch share one cooldown, so neither can loop).
const LAST_RELOADED_KEY = "reflex_last_reloaded_on_error";

// The id of the banner offering a reload when one already happened recently.
const NEW_VERSION_BANNER_ID = "reflex-new-version-banner";

// Client error types (must match reflex_base/constants/event.py ClientErrorType)
const ERROR_TYPE_DISPATCH_MISSING = "dispatch_function_missing";
const ERROR_TYPE_STATE_UPDATE = "state_update_processing_error";
const ERROR_TYPE_HYDRATION_PAYLOAD_TOO_LARGE = "hydration_payload_too_large";

// These hostnames indicate that the backend and frontend are reachable via the same domain.
const SAME_DOMAIN_HOSTNAMES = ["localhost", "0.0.0.0", "::", "0:0:0:0:0:0:0:0"];

// Global variable to hold the token.
let token;

// A token generated for the transport warmed up before the app mounted. It is
// saved to the session storage by getToken, once the mounted app connects.
let unsavedToken;

// Key for the token in the session storage.
const TOKEN_KEY = "token";

// create cookie instance
const cookies = new Cookies();

// Dictionary holding component references.
export const refs = {};

// Array holding pending events to be processed.
const event_queue = [];

// The event that sends browser storage values to the backend.
const UPDATE_VARS_INTERNAL =
  "reflex___state____update_vars_internal_state.update_vars_internal";
// A frontend event naming one synced localStorage var, turned into an
// UPDATE_VARS_INTERNAL event when it is sent: see syncLocalStorageEvent.
const SYNC_LOCAL_STORAGE = "_sync_local_storage";

// Synced localStorage values sent to the backend and not yet echoed back, by
// state key, oldest first, with this tab's localStorage write count at the send.
const sentStorageValues = {};
// Bounds a key whose echoes a get_delta override changes, so they never match.
const MAX_SENT_STORAGE_VALUES = 256;
// This tab's localStorage write count, and its last write by storage name
// (vars of different state keys may share one).
let localStorageWrites = 0;
const lastLocalStorageWrites = {};

// Mirrors the data router's location so applyEvent can populate router_data
// with the in-widget URL. In embed mode the host page's window.location is
// unrelated to the Reflex route, so the backend's on_load and dynamic-route
// matching rely on this ref instead. Updated by useEventLoop once mounted;
// pre-seeded in embed mode with the memory router's initial path (see
// initialEntries in entry.client.embed.js) so events dispatched before the
// first effect commit don't briefly fall back to the host page's URL.
const locationRef = {
  current: env.MOUNT_TARGET ? { pathname: "/", search: "", hash: "" } : null,
};

/**
 * Generate a UUID (Used for session tokens).
 * Taken from: https://stackoverflow.com/questions/105034/how-do-i-create-a-guid-uuid
 * @returns A UUID.
 */
export const generateUUID = () => {
  let d = new Date().getTime(),
    d2 = (performance && performance.now && performance.now() * 1000) || 0;
  return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (c) => {
    let r = Math.random() * 16;
    if (d > 0) {
      r = ((d + r) % 16) | 0;
      d = Math.floor(d / 16);
    } else {
      r = ((d2 + r) % 16) | 0;
      d2 = Math.floor(d2 / 16);
    }
    return (c == "x" ? r : (r & 0x7) | 0x8).toString(16);
  });
};

/**
 * Get the token for the current session.
 * @returns The token.
 */
export const getToken = () => {
  if (token) {
    return token;
  }
  if (typeof window !== "undefined") {
    if (!window.sessionStorage.getItem(TOKEN_KEY)) {
      window.sessionStorage.setItem(TOKEN_KEY, unsavedToken ?? generateUUID());
    }
    token = window.sessionStorage.getItem(TOKEN_KEY);
  }
  return token;
};

/**
 * Get the token for the current session without saving a new one.
 *
 * A new token only reaches the session storage when the mounted app
 * connects, so anything waiting for it there sees the rendered page.
 * @returns The saved token, or a new one that getToken saves later.
 */
const peekToken = () =>
  token ||
  window.sessionStorage.getItem(TOKEN_KEY) ||
  (unsavedToken ??= generateUUID());

/**
 * Get the URL for the backend server
 * @param url_str The URL string to parse.
 * @returns The given URL modified to point to the actual backend server.
 */
export const getBackendURL = (url_str) => {
  if ((url_str ?? undefined) === undefined) {
    url_str = env.PING;
  }
  // Get backend URL object from the endpoint.
  const endpoint = new URL(url_str);
  if (
    typeof window !== "undefined" &&
    SAME_DOMAIN_HOSTNAMES.includes(endpoint.hostname)
  ) {
    // Use the frontend domain to access the backend
    const frontend_hostname = window.location.hostname;
    endpoint.hostname = frontend_hostname;
    if (window.location.protocol === "https:") {
      if (endpoint.protocol === "ws:") {
        endpoint.protocol = "wss:";
      } else if (endpoint.protocol === "http:") {
        endpoint.protocol = "https:";
      }
      endpoint.port = ""; // Assume websocket is on https port via load balancer.
    }
  }
  return endpoint;
};

/**
 * Check if the backend is disabled.
 *
 * @returns True if the backend is disabled, false otherwise.
 */
export const isBackendDisabled = () => {
  const cookie = document.cookie
    .split("; ")
    .find((row) => row.startsWith("backend-enabled="));
  return cookie !== undefined && cookie.split("=")[1] == "false";
};

/**
 * Create a socket without starting its namespace or hydration events.
 * @param endpoint The backend URL.
 * @param transports The configured transports.
 * @param token The session token the backend links the connection to.
 * @returns The disconnected socket.
 */
const createSocket = (endpoint, transports, token) =>
  io(endpoint.href, {
    path: endpoint.pathname,
    transports,
    protocols: [reflexEnvironment.version],
    autoUnref: false,
    autoConnect: false,
    query: { token },
    reconnection: false,
  });

/**
 * Measure encoded text the way the Engine.IO server limits a frame.
 * @param frame The encoded text.
 * @param transport The transport that carries it.
 * @returns The code points for a websocket text frame, or the UTF-8 bytes for a polling body.
 */
const frameSize = (frame, transport) => {
  if (transport !== "websocket") {
    return new TextEncoder().encode(frame).byteLength;
  }
  let size = 0;
  for (const _ of frame) size++;
  return size;
};

let warmSocket = null;
let cancelWarmup = () => {};
let socketStarted = false;

/** Close an unclaimed transport and remove its cleanup handlers. */
const discardWarmSocket = () => {
  const socket = warmSocket;
  warmSocket = null;
  cancelWarmup();
  socket?.disconnect();
};

// Start only the transport while React is still preparing to mount. The
// namespace stays disconnected until connect() installs all its handlers.
// Defer past module evaluation because context.js imports this module too.
if (typeof window !== "undefined") {
  queueMicrotask(() => {
    if (
      socketStarted ||
      Object.keys(app.initialState ?? {}).length <= 1 ||
      isBackendDisabled() ||
      document.visibilityState === "hidden"
    ) {
      return;
    }
    try {
      warmSocket = createSocket(
        getBackendURL(EVENTURL),
        [env.TRANSPORT],
        peekToken(),
      );
    } catch {
      // Speculative setup may fail (for example, blocked session storage).
      // The normal connection path will report failures when the app mounts.
      return;
    }
    const timeout = setTimeout(discardWarmSocket, 10000);
    window.addEventListener("pagehide", discardWarmSocket);
    cancelWarmup = () => {
      clearTimeout(timeout);
      window.removeEventListener("pagehide", discardWarmSocket);
    };
    warmSocket.io.open((error) => {
      if (error) discardWarmSocket();
    });
  });
}

if (import.meta.hot) {
  import.meta.hot.dispose(() => {
    socketStarted = true;
    discardWarmSocket();
  });
}

/**
 * Determine if any event in the event queue is stateful.
 *
 * @returns True if there's any event that requires state and False if none of them do.
 */
export const isStateful = () => {
  if (event_queue.length === 0) {
    return false;
  }
  return event_queue.some(
    (event) =>
      typeof event?.name === "string" &&
      (event.name.startsWith("reflex___state") ||
        event.name === SYNC_LOCAL_STORAGE),
  );
};

/** Append nested events to an output array in depth-first order. */
const appendEvents = (events, normalized) => {
  for (const event of events) {
    if (Array.isArray(event)) {
      appendEvents(event, normalized);
    } else if (event !== undefined && event !== null) {
      normalized.push(event);
    }
  }
};

/**
 * Flatten event lists and discard empty event values.
 * @param events Events or nested event lists.
 * @returns A flat array of events in depth-first order.
 */
const normalizeEvents = (events) => {
  const normalized = [];
  appendEvents(events, normalized);
  return normalized;
};

/**
 * Whether a value is a plain object (not an array, Date or class instance).
 * @param value The value to check.
 * @returns True if the value is a plain object.
 */
const isPlainObject = (value) => {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Structurally share the parts of next that deep-equal prev.
 *
 * Plain objects and arrays whose contents are unchanged keep the identity of
 * the previous value, so memoized components and caches keyed on identity
 * still hit. Any other value is taken from next as is.
 * @param prev The previous value.
 * @param next The new value.
 * @returns prev if deep-equal to next, otherwise next with unchanged parts shared from prev.
 */
const replaceEqualDeep = (prev, next) => {
  // Object.is, unlike ===, tells -0 from 0 and treats NaN as equal to itself.
  if (Object.is(prev, next)) {
    return prev;
  }
  if (Array.isArray(prev) && Array.isArray(next)) {
    // Allocate only once an element differs; until then prev is the result.
    let out;
    for (let i = 0; i < next.length; i++) {
      const value = replaceEqualDeep(prev[i], next[i]);
      if (out === undefined && !Object.is(value, prev[i])) {
        out = prev.slice(0, i);
      }
      out?.push(value);
    }
    if (out !== undefined) {
      return out;
    }
    return prev.length === next.length ? prev : prev.slice(0, next.length);
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const keys = Object.keys(next);
    let out;
    // Spreading next keeps a JSON "__proto__" key an own data property, so the
    // assignments below never hit the prototype setter.
    const copyPrefix = (end) => {
      out = { ...next };
      for (let j = 0; j < end; j++) {
        out[keys[j]] = prev[keys[j]];
      }
    };
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!Object.hasOwn(prev, key)) {
        if (out === undefined) {
          copyPrefix(i);
        }
        continue;
      }
      const value = replaceEqualDeep(prev[key], next[key]);
      if (out === undefined && !Object.is(value, prev[key])) {
        copyPrefix(i);
      }
      if (out !== undefined) {
        out[key] = value;
      }
    }
    if (out !== undefined) {
      return out;
    }
    // Mappings render in key order, so prev is only reused with the same keys
    // in the same order.
    const prevKeys = Object.keys(prev);
    if (
      prevKeys.length === keys.length &&
      prevKeys.every((key, i) => key === keys[i])
    ) {
      return prev;
    }
    // Keys were removed or reordered; every remaining value is unchanged.
    copyPrefix(keys.length);
    return out;
  }
  return next;
};

/**
 * Apply a delta to the state.
 *
 * Unchanged values keep their previous identity, and a delta that changes
 * nothing returns the same state object so useReducer skips the render.
 * @param state The state to apply the delta to.
 * @param delta The delta to apply.
 * @returns The new state, or state itself if nothing changed.
 */
export const applyDelta = (state, delta) => {
  let out;
  for (const key in delta) {
    const own = Object.hasOwn(state, key);
    const value = own ? replaceEqualDeep(state[key], delta[key]) : delta[key];
    if (!own || !Object.is(value, state[key])) {
      out ??= { ...state };
      out[key] = value;
    }
  }
  return out ?? state;
};

/**
 * Evaluate a dynamic component.
 * @param component The component to evaluate.
 * @returns The evaluated component.
 */
export const evalReactComponent = async (component) => {
  await window.__reflex_load?.();
  if (!window.React && window.__reflex) {
    window.React = window.__reflex.react;
  }
  const encodedJs = encodeURIComponent(component);
  const dataUri = "data:text/javascript;charset=utf-8," + encodedJs;
  const module = await eval(`import(dataUri)`);
  return module.default;
};

/**
 * Only Queue and process events when websocket connection exists.
 * @param event The event to queue.
 * @param socket The socket object to send the event on.
 * @param navigate The navigate function from React Router
 * @param params The params object from React Router
 *
 * @returns Adds event to queue and processes it if websocket exits, does nothing otherwise.
 */
export const queueEventIfSocketExists = async (
  events,
  socket,
  navigate,
  params,
) => {
  if (!socket) {
    return;
  }
  await queueEvents(events, socket, false, navigate, params);
};

/**
 * Check if a string is a valid HTTP URL.
 * @param string The string to check.
 *
 * @returns The URL object if valid, undefined otherwise.
 * */
function urlFrom(string) {
  try {
    return new URL(string);
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Build the update_vars_internal event for a synced localStorage var.
 *
 * The value is read when the event is sent, so it and the write count recorded
 * with it come from the same moment.
 * @param payload The storage name and the state keys of the vars that use it.
 * @returns The update_vars_internal event.
 */
const syncLocalStorageEvent = ({ key, state_keys }) => {
  const value = localStorage.getItem(key);
  return ReflexEvent(`${app.state_name}.${UPDATE_VARS_INTERNAL}`, {
    vars: Object.fromEntries(state_keys.map((state_key) => [state_key, value])),
  });
};

/**
 * Handle frontend event or send the event to the backend via Websocket.
 * @param event The event to send.
 * @param socket The socket object to send the event on.
 * @param navigate The navigate function from useNavigate
 * @param params The params object from useParams
 */
export const applyEvent = async (event, socket, navigate, params) => {
  // Eval'd callback strings (format_queue_events) dispatch through addEvents
  // like compiled event triggers do; late-bound so a remounted
  // EventLoopProvider is picked up.
  const addEvents = (...args) => eventLoop.addEvents(...args);
  // Handle special events
  if (event.name == "_redirect") {
    if ((event.payload.path ?? undefined) === undefined) {
      return;
    }
    if (event.payload.external) {
      window.open(
        event.payload.path,
        "_blank",
        "noopener" + (event.payload.popup ? ",popup" : ""),
      );
      return;
    }
    const url = urlFrom(event.payload.path);
    let pathname = event.payload.path;
    if (url) {
      if (url.host !== window.location.host) {
        // External URL
        window.location.assign(event.payload.path);
        return;
      } else {
        pathname = url.pathname + url.search + url.hash;
      }
    }
    if (event.payload.replace) {
      navigate(pathname, { replace: true });
    } else {
      navigate(pathname);
    }
    return;
  }

  if (event.name == "_remove_cookie") {
    cookies.remove(event.payload.key, { ...event.payload.options });
    queueEventIfSocketExists(app.initialEvents(), socket, navigate, params);
    return;
  }

  if (event.name == "_clear_local_storage") {
    localStorage.clear();
    queueEventIfSocketExists(app.initialEvents(), socket, navigate, params);
    return;
  }

  if (event.name == "_remove_local_storage") {
    localStorage.removeItem(event.payload.key);
    queueEventIfSocketExists(app.initialEvents(), socket, navigate, params);
    return;
  }

  if (event.name == "_clear_session_storage") {
    sessionStorage.clear();
    queueEventIfSocketExists(app.initialEvents(), socket, navigate, params);
    return;
  }

  if (event.name == "_remove_session_storage") {
    sessionStorage.removeItem(event.payload.key);
    queueEventIfSocketExists(app.initialEvents(), socket, navigate, params);
    return;
  }

  if (event.name == "_download") {
    const a = document.createElement("a");
    a.hidden = true;
    a.href = event.payload.url;
    // Special case when linking to uploaded files
    if (a.href.includes("getBackendURL(env.UPLOAD)")) {
      a.href = eval?.(
        event.payload.url.replace(
          "getBackendURL(env.UPLOAD)",
          `"${getBackendURL(env.UPLOAD)}"`,
        ),
      );
    }
    a.download = event.payload.filename;
    a.click();
    a.remove();
    return;
  }

  if (event.name == "_set_focus") {
    const ref =
      event.payload.ref in refs ? refs[event.payload.ref] : event.payload.ref;
    const current = ref?.current;
    if (current === undefined || current?.focus === undefined) {
      console.error(
        `No element found for ref ${event.payload.ref} in _set_focus`,
      );
    } else {
      current.focus();
    }
    return;
  }

  if (event.name == "_blur_focus") {
    const ref =
      event.payload.ref in refs ? refs[event.payload.ref] : event.payload.ref;
    const current = ref?.current;
    if (current === undefined || current?.blur === undefined) {
      console.error(
        `No element found for ref ${event.payload.ref} in _blur_focus`,
      );
    } else {
      current.blur();
    }
    return;
  }

  if (event.name == "_set_value") {
    const ref =
      event.payload.ref in refs ? refs[event.payload.ref] : event.payload.ref;
    if (ref.current) {
      ref.current.value = event.payload.value;
    }
    return;
  }

  if (
    event.name == "_call_function" &&
    typeof event.payload.function !== "string"
  ) {
    try {
      const eval_result = event.payload.function();
      if (event.payload.callback) {
        const final_result =
          !!eval_result && typeof eval_result.then === "function"
            ? await eval_result
            : eval_result;
        const callback =
          typeof event.payload.callback === "string"
            ? eval(event.payload.callback)
            : event.payload.callback;
        callback(final_result);
      }
    } catch (e) {
      console.log("_call_function", e);
      if (window && window?.onerror) {
        window.onerror(e.message, null, null, null, e);
      }
    }
    return;
  }

  if (event.name == "_call_script" || event.name == "_call_function") {
    try {
      const eval_result =
        event.name == "_call_script"
          ? eval(event.payload.javascript_code)
          : eval(event.payload.function)();

      if (event.payload.callback) {
        const final_result =
          !!eval_result && typeof eval_result.then === "function"
            ? await eval_result
            : eval_result;
        const callback =
          typeof event.payload.callback === "string"
            ? eval(event.payload.callback)
            : event.payload.callback;
        callback(final_result);
      }
    } catch (e) {
      console.log("_call_script", e);
      if (window && window?.onerror) {
        window.onerror(e.message, null, null, null, e);
      }
    }
    return;
  }

  // Send the event to the server.
  if (socket) {
    const routed_event = withRouterData(
      event.name == SYNC_LOCAL_STORAGE
        ? syncLocalStorageEvent(event.payload)
        : event,
      params,
    );
    recordSentStorageValues(routed_event);
    // Instrumentation hook (installed by reflex-otel): may add a traceparent.
    window.__reflex_otel?.onEventSend?.(routed_event);
    socket.emit("event", encodeFormDataArgs(routed_event));
  }
};

/**
 * Fill in the event's router data from the current location, if missing.
 * @param event The event to send.
 * @param params The params object from useParams
 * @returns The same event, with router_data populated.
 */
const withRouterData = (event, params) => {
  if (
    event.router_data === undefined ||
    Object.keys(event.router_data).length === 0
  ) {
    const loc = locationRef.current ?? window.location;
    // React Router's location (mirrored in locationRef) does not observe direct
    // window.history.pushState/replaceState calls (e.g. via rx.call_script), so
    // read the live query string and hash to keep router_data in sync. The
    // pathname stays basename-relative (from React Router) so the backend's
    // frontend_path prefix is not applied twice. In embed mode the host page's
    // window.location is unrelated to the in-widget memory router, so use the
    // mirrored location there.
    const liveLoc = env.MOUNT_TARGET ? loc : window.location;
    const search = liveLoc.search ?? "";
    const hash = liveLoc.hash ?? "";
    event.router_data = {
      pathname: loc.pathname,
      asPath: loc.pathname + search + hash,
    };
    const query = {
      ...Object.fromEntries(new URLSearchParams(search)),
      ...params.current,
    };
    if (query && Object.keys(query).length > 0) {
      event.router_data.query = query;
    }
  }
  return event;
};

/**
 * Send an event to the server via REST.
 * @param event The current event.
 * @param socket The socket object to send the response event(s) on.
 * @param navigate The navigate function from React Router
 * @param params The params object from React Router
 */
export const applyRestEvent = async (event, socket, navigate, params) => {
  if (event.handler === "uploadFiles") {
    // The compiled event names its extra bound handler args; collect just those
    // so they reach the backend handler (no need to know the reserved keys).
    const extra_args = {};
    for (const name of event.payload.__reflex_event_arg_names ?? []) {
      extra_args[name] = event.payload[name];
    }
    // Start upload, but do not wait for it, which would block other events.
    uploadFiles(
      event.name,
      event.payload.files,
      event.payload.upload_id,
      event.payload.on_upload_progress,
      event.payload.extra_headers,
      extra_args,
      socket,
      refs,
      getBackendURL,
      getToken,
    );
  }
};

/**
 * Resolve a socket reference to the actual socket object.
 * Handles both ref objects ({ current: Socket }) and raw sockets.
 * @param socket Either a ref object or raw socket.
 * @returns The actual socket object.
 */
const resolveSocket = (socket) => {
  return socket?.current ?? socket;
};

/**
 * Queue events to be processed and trigger processing of queue.
 * @param events Array of events to queue.
 * @param socket The socket object to send the event on.
 * @param prepend Whether to place the events at the beginning of the queue.
 * @param navigate The navigate function from React Router
 * @param params The params object from React Router
 */
export const queueEvents = async (
  events,
  socket,
  prepend,
  navigate,
  params,
) => {
  const normalized = normalizeEvents(events);
  if (prepend) {
    event_queue.unshift(...normalized);
  } else {
    event_queue.push(...normalized);
  }
  await processEvent(resolveSocket(socket), navigate, params);
};

/**
 * Process an event off the event queue.
 * @param socket The socket object to send the event on.
 * @param navigate The navigate function from React Router
 * @param params The params object from React Router
 */
export const processEvent = async (socket, navigate, params) => {
  // A connected socket can dispatch without inspecting the queued event types.
  if (!(socket && socket.connected) && isStateful()) {
    return;
  }

  // Only proceed if we're not already processing an event.
  if (event_queue.length === 0) {
    return;
  }

  // Apply the next event in the queue.
  const event = event_queue.shift();

  try {
    // Process events with handlers via REST and all others via websockets.
    if (event.handler) {
      await applyRestEvent(event, socket, navigate, params);
    } else {
      await applyEvent(event, socket, navigate, params);
    }
  } finally {
    // Continue draining queued events even if this dispatch fails.
    if (event_queue.length > 0) {
      await processEvent(socket, navigate, params);
    }
  }
};

/**
 * Reload the page for a new version of the app, restarting the reload cooldown.
 */
const reloadForNewVersion = () => {
  window.sessionStorage.setItem(LAST_RELOADED_KEY, Date.now().toString());
  window.location.reload();
};

/**
 * Show a banner saying a new version is available, with a reload button.
 *
 * Plain DOM rather than a React component: it must show whatever the app
 * renders, and stay up while the page keeps working as well as it can.
 */
const showNewVersionBanner = () => {
  if (document.getElementById(NEW_VERSION_BANNER_ID)) {
    return;
  }
  const banner = document.createElement("div");
  banner.id = NEW_VERSION_BANNER_ID;
  banner.setAttribute("role", "alert");
  banner.style.cssText =
    "position:fixed;top:0;left:0;right:0;z-index:2147483647;display:flex;" +
    "justify-content:center;align-items:center;gap:1rem;padding:0.5rem 1rem;" +
    "background:#1c2024;color:#fff;font:1rem system-ui,sans-serif;";
  banner.append("A new version of this app is available.");
  const button = document.createElement("button");
  button.textContent = "Reload";
  button.style.cssText =
    "padding:0.25rem 0.75rem;border:1px solid #fff;border-radius:4px;" +
    "background:transparent;color:inherit;font:inherit;cursor:pointer;";
  button.onclick = reloadForNewVersion;
  banner.append(button);
  document.body.append(banner);
};

/**
 * Handle the backend reporting that this bundle was compiled for another
 * state tree than the one it runs (sent on connect, see EventNamespace.on_connect).
 *
 * In prod the page reloads once per cooldown window. A mismatch inside the
 * window means the reload landed on the same skew (a cached bundle, or several
 * backend versions behind one load balancer), so a banner with a reload button
 * shows instead and the page never loops. In dev a backend hot reload can
 * reconnect before Vite serves the rebuilt bundle, so it only warns.
 * @param info The backend's state schema hash and the reload cooldown in ms.
 */
const handleStateMismatch = (info) => {
  const message =
    "This page was built for another version of the app than the backend it " +
    `connected to (state schema ${app.stateSchema}, backend ${info.backend}).`;
  if (app.isDevMode) {
    console.warn(
      message +
        " Reload the page if it stays out of date once the frontend rebuilds.",
    );
    return;
  }
  const last_reload =
    parseInt(window.sessionStorage.getItem(LAST_RELOADED_KEY)) || 0;
  if (Date.now() - last_reload > info.reload_cooldown_ms) {
    reloadForNewVersion();
    return;
  }
  console.warn(message + " Reload the page to get the new version.");
  showNewVersionBanner();
};

/**
 * Connect to a websocket and set the handlers.
 * @param socket The socket object to connect.
 * @param dispatch The function to queue state update
 * @param transports The transports to use.
 * @param setConnectErrors The function to update connection error value.
 * @param client_storage The client storage object from context.js
 * @param navigate The navigate function from React Router
 * @param params The params object from React Router
 */
export const connect = async (
  socket,
  dispatch,
  transports,
  setConnectErrors,
  client_storage = {},
  navigate,
  params,
) => {
  // Socket already allocated, just reconnect it if needed.
  if (socket.current) {
    if (!socket.current.connected) {
      socket.current.reconnect();
    }
    return;
  }

  // Get backend URL object from the endpoint.
  const endpoint = getBackendURL(EVENTURL);

  // The hydrate event rides in the socket.io CONNECT packet, so the backend
  // starts loading state as soon as the namespace connects instead of after
  // an extra round trip for the connect acknowledgement. The keys are read by
  // the backend as CompileVars.CONNECT_AUTH_EVENT and CONNECT_AUTH_STATE_SCHEMA;
  // the state schema goes along on every (re)connect, since a reconnect can
  // land on another backend version.
  const bootAuth = (first) => {
    const boot_event = withRouterData(app.initialEvents(first)[0], params);
    recordSentStorageValues(boot_event);
    // Instrumentation hook (installed by reflex-otel): may add a traceparent.
    window.__reflex_otel?.onEventSend?.(boot_event);
    return { event: boot_event, state_schema: app.stateSchema };
  };

  // Create the socket. A new session's token is saved here, once the app has
  // mounted, even when a transport warmed up with it earlier.
  socketStarted = true;
  const session_token = getToken();
  if (
    warmSocket &&
    (warmSocket.io.opts.query.token !== session_token ||
      warmSocket.io.opts.transports.length !== transports.length ||
      transports.some(
        (transport, i) => transport !== warmSocket.io.opts.transports[i],
      ))
  ) {
    discardWarmSocket();
  }
  socket.current =
    warmSocket ?? createSocket(endpoint, transports, session_token);
  warmSocket = null;
  cancelWarmup();
  socket.current.auth = bootAuth(true);
  socket.current.wait_connect = !socket.current.connected;
  // Ensure undefined fields in events are sent as null instead of removed
  socket.current.io.encoder.replacer = (k, v) => (v === undefined ? null : v);
  // The server drops a transport whose frame exceeds the limit its handshake
  // announced, so a CONNECT packet (type 0) that carries an oversized hydrate
  // is reported instead of sent. The page stays offline until browser storage
  // shrinks and it reloads: wait_connect stays set, so reconnect() does not
  // rebuild the hydrate.
  const { encoder } = socket.current.io;
  const encode = encoder.encode.bind(encoder);
  encoder.encode = (packet) => {
    const encoded = encode(packet);
    if (packet.type !== 0) {
      return encoded;
    }
    // socket.io-client is pinned; test_hydration_storage.py covers these internals.
    const { engine } = socket.current.io;
    const transport = engine.transport.name;
    // The Engine.IO message type ("4") prefixes the encoded packet.
    const size = 1 + frameSize(encoded[0], transport);
    if (size > engine._maxPayload) {
      const unit = transport === "websocket" ? "characters" : "bytes";
      const error = new Error(
        `Hydration payload (${size} ${unit}) exceeds the server limit (${engine._maxPayload} ${unit}). Reduce browser storage data and reload.`,
      );
      error.code = ERROR_TYPE_HYDRATION_PAYLOAD_TOO_LARGE;
      console.error(error.message);
      setConnectErrors((errors) => [...errors.slice(-9), error]);
      socket.current.disconnect();
      return [];
    }
    return encoded;
  };
  socket.current.io.decoder.tryParse = (str) => {
    try {
      return parseJson(str);
    } catch {
      return false;
    }
  };
  // Set up a reconnect helper function
  socket.current.reconnect = () => {
    if (
      socket.current &&
      !socket.current.connected &&
      !socket.current.wait_connect
    ) {
      socket.current.wait_connect = true;
      socket.current.io.opts.query = { token: getToken() }; // Update token for reconnect.
      // A reconnect rehydrates in full: the reducers no longer hold the defaults.
      socket.current.auth = bootAuth(false);
      socket.current.connect();
    }
  };

  function checkVisibility() {
    if (document.visibilityState === "visible") {
      if (!socket.current) {
        connect(
          socket,
          dispatch,
          transports,
          setConnectErrors,
          client_storage,
          navigate,
          params,
        );
      } else if (!socket.current.connected) {
        console.log("Socket is disconnected, attempting to reconnect ");
        socket.current.reconnect();
      } else {
        console.log("Socket is reconnected ");
      }
    }
  }

  const disconnectTrigger = (event) => {
    if (socket.current?.connected) {
      console.log("Disconnect websocket on page navigation");
      socket.current.disconnect();
    }
  };

  const pagehideHandler = (event) => {
    if (!socket.current?.connected) {
      return;
    }
    if (event.persisted) {
      console.log("Disconnect backend before bfcache on navigation");
    } else {
      console.log("Disconnect websocket on pagehide");
    }
    socket.current.disconnect();
  };

  // Unknown substates already reported on this connection.
  const reported_missing_substates = new Set();
  // Failed connection attempts since the last connect, for the retry backoff.
  let failed_attempts = 0;
  // The scheduled retry of the last failed attempt.
  let retry_timer;

  // Once the socket is open, hydrate the page.
  socket.current.on("connect", async () => {
    socket.current.wait_connect = false;
    reported_missing_substates.clear();
    failed_attempts = 0;
    window.clearTimeout(retry_timer);
    retry_timer = undefined;
    setConnectErrors([]);
    window.__reflex_otel?.onSocketConnect?.();
    window.addEventListener("pagehide", pagehideHandler);
    window.addEventListener("beforeunload", disconnectTrigger);
    // Drain any initial events from the queue.
    while (event_queue.length > 0) {
      await processEvent(socket.current, navigate, params);
    }
  });

  // Record a failed connection attempt and retry it with incremental backoff.
  const retryConnect = (error) => {
    socket.current.wait_connect = false;
    failed_attempts = Math.min(failed_attempts + 1, 10);
    setConnectErrors((connectErrors) => [...connectErrors.slice(-9), error]);
    window.clearTimeout(retry_timer);
    retry_timer = window.setTimeout(() => {
      retry_timer = undefined;
      if (socket.current && !socket.current.connected) {
        socket.current.reconnect();
      }
    }, 200 * failed_attempts); // Incremental backoff
  };

  socket.current.on("connect_error", retryConnect);

  socket.current.on("disconnect", (reason, details) => {
    // A transport closed before the namespace connected is a failed attempt,
    // e.g. a CONNECT packet over the server or a proxy message size limit.
    if (socket.current.wait_connect) {
      retryConnect(
        new Error(`connection closed before connecting (${reason})`),
      );
      return;
    }
    // A transport error reports connect_error first, which scheduled the retry.
    if (retry_timer !== undefined) {
      return;
    }
    window.__reflex_otel?.onSocketDisconnect?.(reason);
    const try_reconnect =
      reason !== "io server disconnect" && reason !== "io client disconnect";
    window.removeEventListener("beforeunload", disconnectTrigger);
    window.removeEventListener("pagehide", pagehideHandler);
    if (try_reconnect) {
      // Attempt to reconnect transient non-intentional disconnects.
      socket.current.reconnect();
    }
  });

  // Report a failure to process a state update to the backend, so it surfaces
  // in the terminal logs instead of only in the browser console.
  const reportStateUpdateError = (error) => {
    console.error("Error processing state update:", error);
    socket.current?.emit(CLIENT_ERROR_EVENT, {
      message: error?.message || String(error),
      error_type: ERROR_TYPE_STATE_UPDATE,
    });
  };

  // Warn about unknown substates and surface them in the backend terminal
  // logs, once per substate per connection.
  const reportUnknownSubstates = (substates) => {
    const unreported = substates.filter(
      (substate) => !reported_missing_substates.has(substate),
    );
    if (unreported.length === 0) {
      return;
    }
    for (const substate of unreported) {
      reported_missing_substates.add(substate);
    }
    const errorMsg = `Skipping state update for unknown substate(s): no dispatch function for "${unreported.join(
      '", "',
    )}". Try refreshing the page or clearing your browser cache. This usually indicates a mismatch between frontend and backend state definitions. If you are the developer of this app, rebuild the frontend and check that api_url is correct.`;
    console.warn(errorMsg);
    socket.current.emit(CLIENT_ERROR_EVENT, {
      message: errorMsg,
      substate: unreported.join(", "),
      error_type: ERROR_TYPE_DISPATCH_MISSING,
    });
  };

  // Drop and report substates without a dispatch function. Only a mismatched
  // delta is copied; the received update is not mutated.
  const withoutUnknownSubstates = (delta) => {
    let unknown;
    for (const substate in delta) {
      if (typeof dispatch[substate] !== "function") {
        unknown ??= [];
        unknown.push(substate);
      }
    }
    if (unknown === undefined) {
      return delta;
    }
    reportUnknownSubstates(unknown);
    const known = { ...delta };
    for (const substate of unknown) {
      delete known[substate];
    }
    return known;
  };

  // On each received message, queue the updates and events.
  socket.current.on("event", (update) => {
    // Skip unknown substates in both reducer and client-storage updates.
    const delta = withoutUnknownSubstates(update.delta);
    try {
      if (delta) {
        for (const substate in delta) {
          dispatch[substate](delta[substate]);
        }
        applyClientStorageDelta(client_storage, delta);
      }
      if (update.events && update.events.length > 0) {
        queueEvents(update.events, socket, false, navigate, params).catch(
          reportStateUpdateError,
        );
      }
    } catch (error) {
      reportStateUpdateError(error);
    }
  });
  socket.current.on("new_token", async (new_token) => {
    token = new_token;
    window.sessionStorage.setItem(TOKEN_KEY, new_token);
  });
  socket.current.on(STATE_MISMATCH_EVENT, handleStateMismatch);

  document.addEventListener("visibilitychange", checkVisibility);
  socket.current.connect();
};

/**
 * Create an event object.
 * @param {string} name The name of the event.
 * @param {Object.<string, Any>} payload The payload of the event.
 * @param {Object.<string, (number|boolean)>} event_actions The actions to take on the event.
 * @param {string} handler The client handler to process event.
 * @returns The event object.
 */
export const ReflexEvent = (
  name,
  payload = {},
  event_actions = {},
  handler = null,
) => {
  const e = { name };
  if (payload && Object.keys(payload).length > 0) {
    e.payload = payload;
  }
  if (event_actions && Object.keys(event_actions).length > 0) {
    e.event_actions = event_actions;
  }
  if (handler !== null) {
    e.handler = handler;
  }
  return e;
};

/**
 * Apply event actions before invoking a target function.
 * @param {Function} target The function to invoke after applying event actions.
 * @param {Object.<string, (number|boolean)>} event_actions The actions to apply.
 * @param {Array<any>|any} args The event args.
 * @param {string|null} action_key A stable key for debounce/throttle tracking.
 * @param {Function|null} temporal_handler Returns whether temporal actions may run.
 * @returns The target result, if it runs immediately.
 */
export const applyEventActions = (
  target,
  event_actions = {},
  args = [],
  action_key = null,
  temporal_handler = null,
) => {
  if (!(args instanceof Array)) {
    args = [args];
  }

  const _e = args.find((o) => o?.preventDefault !== undefined);

  if (event_actions?.preventDefault && _e?.preventDefault) {
    _e.preventDefault();
  }
  if (event_actions?.stopPropagation && _e?.stopPropagation) {
    _e.stopPropagation();
  }
  if (event_actions?.temporal && temporal_handler && !temporal_handler()) {
    return;
  }

  const invokeTarget = () => target(...args);
  const resolved_action_key = action_key ?? target.toString();

  if (event_actions?.throttle) {
    if (!throttle(resolved_action_key, event_actions.throttle)) {
      return;
    }
  }
  if (event_actions?.debounce) {
    debounce(resolved_action_key, invokeTarget, event_actions.debounce);
    return;
  }
  return invokeTarget();
};

/**
 * Package client-side storage values as payload to send to the
 * backend with the hydrate event
 * @param client_storage The client storage object from context.js
 * @returns payload dict of client storage values
 */
export const hydrateClientStorage = (client_storage) => {
  const client_storage_values = {};
  if (client_storage.cookies) {
    for (const state_key in client_storage.cookies) {
      const cookie_options = client_storage.cookies[state_key];
      const cookie_name = cookie_options.name || state_key;
      const cookie_value = cookies.get(cookie_name, { doNotParse: true });
      if (cookie_value !== undefined) {
        client_storage_values[state_key] = cookie_value;
      }
    }
  }
  if (client_storage.local_storage && typeof window !== "undefined") {
    for (const state_key in client_storage.local_storage) {
      const options = client_storage.local_storage[state_key];
      const local_storage_value = localStorage.getItem(
        options.name || state_key,
      );
      if (local_storage_value !== null) {
        client_storage_values[state_key] = local_storage_value;
      }
    }
  }
  if (client_storage.session_storage && typeof window != "undefined") {
    for (const state_key in client_storage.session_storage) {
      const session_options = client_storage.session_storage[state_key];
      const session_storage_value = sessionStorage.getItem(
        session_options.name || state_key,
      );
      if (session_storage_value != null) {
        client_storage_values[state_key] = session_storage_value;
      }
    }
  }
  if (
    client_storage.cookies ||
    client_storage.local_storage ||
    client_storage.session_storage
  ) {
    return client_storage_values;
  }
  return {};
};

/**
 * Remember the synced localStorage values an event sends, to recognise their echoes.
 *
 * Only synced vars: the tab sends another tab's newer value only for those.
 * @param event The event about to be sent.
 */
const recordSentStorageValues = (event) => {
  // ReflexEvent leaves out an empty payload.
  const vars = event.payload?.vars;
  if (
    vars === undefined ||
    (event.name !== `${app.state_name}.hydrate_and_load` &&
      event.name !== `${app.state_name}.${UPDATE_VARS_INTERNAL}`)
  ) {
    return;
  }
  const local_storage = app.clientStorage.local_storage;
  for (const [state_key, value] of Object.entries(vars)) {
    if (!local_storage?.[state_key]?.sync) {
      continue;
    }
    const sent = (sentStorageValues[state_key] ??= []);
    sent.push({ value, writes: localStorageWrites });
    if (sent.length > MAX_SENT_STORAGE_VALUES) {
      sent.shift();
    }
  }
};

/**
 * Take the sent value that a backend value echoes, and the older ones with it.
 * @param state_key The state key of the browser storage var.
 * @param value The value the backend sent for it.
 * @returns The sent value's entry, or undefined if the value is no echo.
 */
const takeEcho = (state_key, value) => {
  const sent = sentStorageValues[state_key];
  const index = sent?.findIndex((entry) => entry.value === value) ?? -1;
  // Older values were echoed already, or changed by an override on the way.
  return index === -1 ? undefined : sent.splice(0, index + 1)[index];
};

/**
 * Update client storage values based on backend state delta.
 * @param client_storage The client storage object from context.js
 * @param delta The state update from the backend
 */
const applyClientStorageDelta = (client_storage, delta) => {
  // find the main state and check for is_hydrated
  const unqualified_states = Object.keys(delta).filter(
    (key) => key.split(".").length === 1,
  );
  if (unqualified_states.length === 1) {
    const main_state = delta[unqualified_states[0]];
    if (
      main_state.is_hydrated_rx_state_ !== undefined &&
      !main_state.is_hydrated_rx_state_
    ) {
      // skip if the state is not hydrated yet, since all client storage
      // values are sent in the hydrate event
      return;
    }
  }
  // Save known client storage values to cookies and localStorage.
  for (const substate in delta) {
    for (const key in delta[substate]) {
      const state_key = `${substate}.${key}`;
      const value = delta[substate][key];
      if (client_storage.cookies && state_key in client_storage.cookies) {
        const cookie_options = { ...client_storage.cookies[state_key] };
        const cookie_name = cookie_options.name || state_key;
        delete cookie_options.name; // name is not a valid cookie option
        cookies.set(cookie_name, value, cookie_options);
      } else if (
        client_storage.local_storage &&
        state_key in client_storage.local_storage &&
        typeof window !== "undefined"
      ) {
        const name = client_storage.local_storage[state_key].name || state_key;
        const echo = takeEcho(state_key, value);
        const last = lastLocalStorageWrites[name];
        // Write an echo only over this tab's own later write, which the backend
        // applied before the echoed event. Otherwise storage holds the sent
        // value or another tab's newer one.
        if (
          !echo ||
          (last?.writes > echo.writes &&
            localStorage.getItem(name) === last.value)
        ) {
          localStorage.setItem(name, value);
          lastLocalStorageWrites[name] = {
            value,
            writes: ++localStorageWrites,
          };
        }
      } else if (
        client_storage.session_storage &&
        state_key in client_storage.session_storage &&
        typeof window !== "undefined"
      ) {
        const session_options = client_storage.session_storage[state_key];
        sessionStorage.setItem(session_options.name || state_key, value);
      }
    }
  }
};

/**
 * Establish websocket event loop for a React Router page.
 * @param dispatch The reducer dispatch function to update state.
 * @param initial_events The initial app events.
 * @param client_storage The client storage object from context.js
 *
 * @returns [addEvents, connectErrors] -
 *   addEvents is used to queue an event, and
 *   connectErrors is an array of reactive js error from the websocket connection (or null if connected).
 */
export const useEventLoop = (
  dispatch,
  initial_events = () => [],
  client_storage = {},
) => {
  const socket = useRef(null);
  const location = useLocation();
  const navigate = useNavigate();
  const paramsR = useParams();
  const prevLocationRef = useRef(location);
  const [searchParams] = useSearchParams();
  const [connectErrors, setConnectErrors] = useState([]);
  const params = useRef(paramsR);
  const mounted = useRef(false);

  useEffect(() => {
    const { "*": splat, ...remainingParams } = paramsR;
    if (splat) {
      params.current = { ...remainingParams, splat: splat.split("/") };
    } else {
      params.current = remainingParams;
    }
  }, [paramsR]);

  useEffect(() => {
    locationRef.current = location;
  }, [location]);

  const ensureSocketConnected = useCallback(async () => {
    if (!mounted.current) {
      // During hot reload, some components may still have a reference to
      // addEvents, so avoid reconnecting the socket of an unmounted event loop.
      return;
    }
    // only use websockets if state is present and backend is not disabled (reflex cloud).
    if (
      Object.keys(app.initialState).length > 1 &&
      !isBackendDisabled() &&
      !socket.current?.connected
    ) {
      // Initialize the websocket connection.
      await connect(
        socket,
        dispatch,
        [env.TRANSPORT],
        setConnectErrors,
        client_storage,
        navigate,
        params,
      );
    }
  }, [
    socket,
    dispatch,
    setConnectErrors,
    client_storage,
    navigate,
    params,
    mounted,
  ]);

  // Function to add new events to the event queue.
  const addEvents = useCallback((events, args, event_actions) => {
    const _events = normalizeEvents(events);

    event_actions = _events.reduce(
      (acc, e) => ({ ...acc, ...e.event_actions }),
      event_actions ?? {},
    );

    if (!event_actions?.temporal) {
      // Reconnect socket if needed for non-temporal events.
      ensureSocketConnected();
    }

    return applyEventActions(
      () => queueEvents(_events, socket, false, navigate, params),
      event_actions,
      args,
      _events.map((e) => e.name).join("+++"),
      () => !!socket.current?.connected,
    );
  }, []);

  // Handle frontend errors and send them to the backend via websocket.
  useEffect(() => {
    if (typeof window === "undefined") {
      return;
    }

    window.onerror = function (msg, url, lineNo, columnNo, error) {
      addEvents([
        ReflexEvent(`${app.exception_state_name}.handle_frontend_exception`, {
          // Some error events (e.g. a ResizeObserver loop) have no Error object.
          info: error
            ? error.name + ": " + error.message + "\n" + error.stack
            : msg + "\n    at " + url + ":" + lineNo + ":" + columnNo,
          component_stack: "",
        }),
      ]);
      return false;
    };

    //NOTE: Only works in Chrome v49+
    //https://github.com/mknichel/javascript-errors?tab=readme-ov-file#promise-rejection-events
    window.onunhandledrejection = function (event) {
      addEvents([
        ReflexEvent(`${app.exception_state_name}.handle_frontend_exception`, {
          info:
            event.reason?.name +
            ": " +
            event.reason?.message +
            "\n" +
            event.reason?.stack,
          component_stack: "",
        }),
      ]);
      return false;
    };
  }, []);

  // Handle socket connect/disconnect.
  useEffect(() => {
    // Initialize the websocket connection.
    mounted.current = true;
    ensureSocketConnected();

    // Cleanup function.
    return () => {
      mounted.current = false;
      if (socket.current) {
        socket.current.disconnect();
        socket.current.off();
        socket.current = null;
      }
    };
  }, []);

  // Main event loop.
  useEffect(() => {
    // Skip if the backend is disabled
    if (isBackendDisabled() || !socket.current || !socket.current.connected) {
      return;
    }
    (async () => {
      // Process all outstanding events.
      while (event_queue.length > 0) {
        await ensureSocketConnected();
        await processEvent(socket.current, navigate, params);
      }
    })();
  });

  // localStorage event handling
  useEffect(() => {
    // A Map, so a storage name like "constructor" is not an inherited property.
    const storage_to_state_map = new Map();

    if (client_storage.local_storage && typeof window !== "undefined") {
      for (const state_key in client_storage.local_storage) {
        const options = client_storage.local_storage[state_key];
        if (options.sync) {
          const local_storage_value_key = options.name || state_key;
          // Several vars can share one storage name; sync all of them.
          const state_keys = storage_to_state_map.get(local_storage_value_key);
          if (state_keys) {
            state_keys.push(state_key);
          } else {
            storage_to_state_map.set(local_storage_value_key, [state_key]);
          }
        }
      }
    }

    // e is StorageEvent
    const handleStorage = (e) => {
      const state_keys = storage_to_state_map.get(e.key);
      // Session storage changes in same-origin frames raise storage events too.
      if (state_keys && e.storageArea === localStorage) {
        // The value is read when the event is sent: see syncLocalStorageEvent.
        addEvents(
          [ReflexEvent(SYNC_LOCAL_STORAGE, { key: e.key, state_keys })],
          e,
        );
      }
    };

    window.addEventListener("storage", handleStorage);
    return () => window.removeEventListener("storage", handleStorage);
  });

  const handleNavigationEvents = useRef(false);
  // Route after the initial page hydration
  useEffect(() => {
    // The first time this effect runs is initial load, so don't handle
    // any navigation events.
    if (!handleNavigationEvents.current) {
      handleNavigationEvents.current = true;
      return;
    }
    if (location.state?.fromNotFound) {
      // If the redirect is from a 404 page, we skip onLoadInternalEvent,
      // since it was already run when the 404 page was first rendered.
      return;
    }
    // This will run when the location changes
    if (
      location.pathname + location.search ===
      prevLocationRef.current.pathname + prevLocationRef.current.search
    ) {
      if (location.hash) {
        // If the hash is the same, we don't need to do anything.
        return;
      }
    }

    // Equivalent to routeChangeStart - runs when navigation begins
    const main_state_dispatch = dispatch["reflex___state____state"];
    if (main_state_dispatch !== undefined) {
      main_state_dispatch({ is_hydrated_rx_state_: false });
    }

    // Equivalent to routeChangeComplete - runs after navigation completes
    addEvents(app.onLoadInternalEvent());

    // Update the ref
    prevLocationRef.current = location;
  }, [location, dispatch, addEvents]);

  return [addEvents, connectErrors];
};

/***
 * Check if a value is truthy in python.
 * @param val The value to check.
 * @returns True if the value is truthy, false otherwise.
 */
export const isTrue = (val) => {
  if (Array.isArray(val)) return val.length > 0;
  if (val === Object(val)) return Object.keys(val).length > 0;
  return Boolean(val);
};

/***
 * Check if a value is not null or undefined.
 * @param val The value to check.
 * @returns True if the value is not null or undefined, false otherwise.
 */
export const isNotNullOrUndefined = (val) => {
  return (val ?? undefined) !== undefined;
};

/***
 * Python-semantics OR: returns `a` if python-truthy, else evaluates and returns `b`.
 * `b` is a thunk so it is only evaluated when needed, preserving short-circuit.
 * @template A
 * @template B
 * @param {A} a The left-hand value.
 * @param {() => B} b Thunk producing the right-hand value.
 * @returns {A | B} `a` if python-truthy, otherwise the result of `b()`.
 */
export const pyOr = (a, b) => (isTrue(a) ? a : b());

/***
 * Python-semantics AND: returns `a` if python-falsy, else evaluates and returns `b`.
 * `b` is a thunk so it is only evaluated when needed, preserving short-circuit.
 * @template A
 * @template B
 * @param {A} a The left-hand value.
 * @param {() => B} b Thunk producing the right-hand value.
 * @returns {A | B} `a` if python-falsy, otherwise the result of `b()`.
 */
export const pyAnd = (a, b) => (isTrue(a) ? b() : a);

/***
 * Python-semantics str.lstrip: remove leading characters in the given set.
 * @param {string} s The string to strip.
 * @param {string?} chars Characters to remove; null/undefined strips whitespace.
 * @returns {string} The stripped string.
 */
export const pyLstrip = (s, chars) => {
  if (chars == null) return s.trimStart();
  const charSet = new Set(chars);
  let start = 0;
  while (start < s.length) {
    const cp = String.fromCodePoint(s.codePointAt(start));
    if (!charSet.has(cp)) break;
    start += cp.length;
  }
  return s.slice(start);
};

/***
 * Python-semantics str.rstrip: remove trailing characters in the given set.
 * @param {string} s The string to strip.
 * @param {string?} chars Characters to remove; null/undefined strips whitespace.
 * @returns {string} The stripped string.
 */
export const pyRstrip = (s, chars) => {
  if (chars == null) return s.trimEnd();
  const charSet = new Set(chars);
  let end = s.length;
  while (end > 0) {
    // step back over a full code point (surrogate pairs are 2 units wide)
    let cp = s[end - 1];
    if (end > 1) {
      const pair = String.fromCodePoint(s.codePointAt(end - 2));
      if (pair.length === 2) cp = pair;
    }
    if (!charSet.has(cp)) break;
    end -= cp.length;
  }
  return s.slice(0, end);
};

/***
 * Python-semantics str.strip: remove leading and trailing characters in the given set.
 * @param {string} s The string to strip.
 * @param {string?} chars Characters to remove; null/undefined strips whitespace.
 * @returns {string} The stripped string.
 */
export const pyStrip = (s, chars) =>
  chars == null ? s.trim() : pyRstrip(pyLstrip(s, chars), chars);

const SURROGATE_RE = /[\uD800-\uDFFF]/;

/***
 * Python-semantics code points of a string, skipping the copy when possible.
 * A string without surrogates has one code unit per code point, so it is
 * returned as-is and its native length/at/slice already match Python.
 * @param {string?} s The string; null/undefined counts as "".
 * @returns {string | string[]} The string itself, or its code points.
 */
const codePoints = (s) => {
  s ??= "";
  return SURROGATE_RE.test(s) ? Array.from(s) : s;
};

/***
 * Python-semantics len(s): count code points, not UTF-16 code units.
 * @param {string?} s The string.
 * @returns {number} The number of code points.
 */
export const pyStrLength = (s) => codePoints(s).length;

/***
 * Python-semantics s[i]: index by code point.
 * @param {string?} s The string.
 * @param {number} i The index; negative counts from the end.
 * @returns {string | undefined} The code point, or undefined out of range.
 */
export const pyStrAt = (s, i) => codePoints(s).at(i);

/***
 * Python-semantics s[start:stop]: slice by code point.
 * @param {string?} s The string.
 * @param {number?} start The start index; null/undefined slices from the start.
 * @param {number?} stop The stop index; null/undefined slices to the end.
 * @returns {string} The sliced string.
 */
export const pyStrSlice = (s, start, stop) => {
  const chars = codePoints(s);
  const slice = chars.slice(start ?? 0, stop ?? chars.length);
  return typeof slice === "string" ? slice : slice.join("");
};

/***
 * Python-semantics list(s): split a string into code points.
 * @param {string?} s The string.
 * @returns {string[]} The code points.
 */
export const pyStrChars = (s) => {
  const chars = codePoints(s);
  return typeof chars === "string" ? chars.split("") : chars;
};

/***
 * Python-semantics flat map: map each element through fn and concatenate the
 * results, iterating each one the way Python does (arrays yield their
 * elements, strings yield characters, objects yield their keys).
 * @param {Array} arr The array to map over.
 * @param {Function} fn The mapping function applied to each element.
 * @returns {Array} The flattened array of mapped results.
 */
export const pyFlatMap = (arr, fn) =>
  arr.flatMap((element) => {
    const value = fn(element);
    if (Array.isArray(value)) return value;
    if (typeof value === "string") return Array.from(value);
    if (value === Object(value)) return Object.keys(value);
    throw new TypeError(`flat_map value is not iterable: ${value}`);
  });

/**
 * Merge refs into a single callback ref, attaching the node to all of them.
 *
 * Handles ref objects and callback refs, including React 19 callback refs
 * that return a cleanup function.
 * @param refsToMerge The refs to merge.
 * @returns The merged callback ref.
 */
export const mergeRefs =
  (...refsToMerge) =>
  (node) => {
    const cleanups = refsToMerge.map((ref) => {
      if (ref == null) {
        return null;
      }
      if (typeof ref === "function") {
        const cleanup = ref(node);
        return typeof cleanup === "function" ? cleanup : () => ref(null);
      }
      ref.current = node;
      return () => {
        ref.current = null;
      };
    });
    return () => {
      for (const cleanup of cleanups) {
        cleanup?.();
      }
    };
  };

// Composed refs and event handlers, keyed by the identity of the (own,
// injected) pair they were built from. A mounted wrapper rerendering with
// stable inputs gets the same composed function back, so React sees an
// unchanged prop: refs are not detached and reattached (no callback cleanup,
// no transient nulling of object refs) and a memoized root keeps its bailout.
// Both levels are weak, so an entry dies with whichever input dies first.
const composedRefCache = new WeakMap();
const composedHandlerCache = new WeakMap();

const canWeakKey = (value) =>
  value !== null && (typeof value === "object" || typeof value === "function");

const composeCached = (cache, own, injected, compose) => {
  if (!canWeakKey(own) || !canWeakKey(injected)) {
    return compose(own, injected);
  }
  let byInjected = cache.get(own);
  if (byInjected === undefined) {
    byInjected = new WeakMap();
    cache.set(own, byInjected);
  }
  let composed = byInjected.get(injected);
  if (composed === undefined) {
    composed = compose(own, injected);
    byInjected.set(injected, composed);
  }
  return composed;
};

const composeHandlers =
  (own, injected) =>
  (...args) => {
    own(...args);
    injected(...args);
  };

// Props named `on` followed by an uppercase letter are event handlers and get
// composed rather than overridden. Hoisted because evaluating a regex literal
// allocates a new RegExp every time.
const EVENT_HANDLER_PROP = /^on[A-Z]/;

// Whether a prop value can be deeply merged: plain objects only — never
// arrays, React elements (tagged with $$typeof), or class instances.
const isPlainObjectProp = (value) => {
  if (
    typeof value !== "object" ||
    value === null ||
    value.$$typeof !== undefined
  ) {
    return false;
  }
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Merge props injected by a parent at runtime (e.g. a Radix Slot cloning its
 * child) with a component's own compiled-in props.
 *
 * Follows Radix Slot semantics with the own props in the child role: own
 * props win for plain props, `on*` event handlers compose (own handler first,
 * then the injected one), refs compose via `mergeRefs`, `className` strings
 * concatenate, and object-valued props (e.g. `style`) merge deeply via
 * `mergician` with own keys winning. A prop the own side declares but leaves
 * valueless falls through to the injected value.
 *
 * Composed refs and handlers keep a stable identity for as long as the props
 * they were composed from do, so merging never re-triggers a ref attach or
 * defeats a memoized root's bailout. With nothing injected the own props
 * object is returned unchanged, so the common (non-Slot) call site renders
 * exactly as it did before.
 * @param injectedProps The props injected by the parent at runtime.
 * @param ownProps The component's own compiled-in props.
 * @param refProp The prop carrying the root's DOM ref when the root does not
 * accept `ref` directly (e.g. DebounceInput's `inputRef`, a class component
 * whose `ref` would resolve to the instance). An injected ref is routed there
 * and `ref` itself is never emitted.
 * @returns The merged props object.
 */
export const mergeSlotProps = (injectedProps, ownProps, refProp) => {
  let hasInjected = false;
  for (const _ in injectedProps) {
    hasInjected = true;
    break;
  }
  if (!hasInjected) {
    return ownProps;
  }
  const merged = { ...injectedProps, ...ownProps };
  if (refProp !== undefined) {
    const injectedRef = injectedProps.ref;
    delete merged.ref;
    if (injectedRef != null) {
      const own = ownProps[refProp];
      merged[refProp] =
        own == null
          ? injectedRef
          : composeCached(composedRefCache, own, injectedRef, mergeRefs);
    }
  }
  for (const propName in ownProps) {
    const injected = injectedProps[propName];
    if (injected == null || propName === refProp) {
      continue;
    }
    const own = ownProps[propName];
    if (own == null) {
      // The own side has no value for this prop, so the spread above
      // shadowed the injection with null/undefined. Keep the injection.
      merged[propName] = injected;
    } else if (EVENT_HANDLER_PROP.test(propName)) {
      merged[propName] =
        own && injected
          ? composeCached(composedHandlerCache, own, injected, composeHandlers)
          : own || injected;
    } else if (propName === "ref") {
      merged[propName] = composeCached(
        composedRefCache,
        own,
        injected,
        mergeRefs,
      );
    } else if (propName === "className") {
      merged[propName] =
        own && injected ? injected + " " + own : own || injected;
    } else if (isPlainObjectProp(injected) && isPlainObjectProp(own)) {
      // Own is a fresh object literal every render, so there is no identity
      // to cache the merge under — merge directly.
      merged[propName] = mergician(injected, own);
    }
  }
  return merged;
};

/**
 * Get the value from a ref.
 * @param ref The ref to get the value from.
 * @returns The value.
 */
export const getRefValue = (ref) => {
  if (!ref || !ref.current) {
    return null;
  }
  if (ref.current.type == "checkbox") {
    return ref.current.checked; // chakra
  } else if (
    ref.current.className?.includes("rt-CheckboxRoot") ||
    ref.current.className?.includes("rt-SwitchRoot")
  ) {
    return ref.current.ariaChecked == "true"; // radix
  } else if (ref.current.className?.includes("rt-SliderRoot")) {
    // find the actual slider
    return ref.current.querySelector(".rt-SliderThumb")?.ariaValueNow;
  } else {
    //querySelector(":checked") is needed to get value from radio_group
    return (
      ref.current.value ??
      (ref.current.querySelector &&
        ref.current.querySelector(":checked")?.value) ??
      null
    );
  }
};

/**
 * Get the values from a ref array.
 * @param refs The refs to get the values from.
 * @returns The values array.
 */
export const getRefValues = (refs) => {
  if (!refs) {
    return;
  }
  // getAttribute is used by RangeSlider because it doesn't assign value
  return refs.map((ref) =>
    ref.current
      ? ref.current.value || ref.current.getAttribute("aria-valuenow")
      : null,
  );
};

/**
 * Spread two arrays or two objects.
 * @param first The first array or object.
 * @param second The second array or object.
 * @returns The final merged array or object.
 */
export const spreadArraysOrObjects = (first, second) => {
  if (Array.isArray(first) && Array.isArray(second)) {
    return [...first, ...second];
  } else if (typeof first === "object" && typeof second === "object") {
    return { ...first, ...second };
  } else {
    throw new Error("Both parameters must be either arrays or objects.");
  }
};

// Wire key wrapping a form's ordered [name, value] entries; must match
// FORM_DATA_ENTRIES_KEY in reflex_base.utils.form.
const FORM_DATA_ENTRIES_KEY = "__reflex_form_data__";
const formDataEntries = Symbol("formDataEntries");

/**
 * Collect the fields of a submitted form.
 * @param form The form element.
 * @param refValues Values read from the refs of controls with an id, keyed by
 * the id. Each replaces the form's own entry of the same name, unless the form
 * submitted that name more than once.
 * @returns An object mapping each field name to its last value, which also
 * carries every entry so repeated names reach the backend.
 */
export const getFormData = (form, refValues = {}) => {
  const formEntries = [...new FormData(form).entries()];
  const counts = new Map();
  for (const [name] of formEntries) {
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const refEntries = Object.entries(refValues).filter(
    ([name]) => !(counts.get(name) > 1),
  );
  // Replace submitted values in place, then add the refs the form did not
  // submit, as spreading the refs over the form's entries would.
  const replaced = new Map(refEntries);
  const entries = formEntries.map(([name, value]) => [
    name,
    replaced.has(name) ? replaced.get(name) : value,
  ]);
  entries.push(...refEntries.filter(([name]) => !counts.has(name)));
  return Object.defineProperty(Object.fromEntries(entries), formDataEntries, {
    value: entries,
  });
};

/**
 * Wrap the form data among an event's arguments as its ordered entries.
 *
 * Done before the event reaches Socket.IO: its binary attachment handling (a
 * form with a file input) copies objects without their symbol-keyed entries.
 * @param event The event to send.
 * @returns The event, copied with wrapped entries when it carries form data.
 */
export const encodeFormDataArgs = (event) => {
  let payload;
  for (const [name, value] of Object.entries(event.payload ?? {})) {
    const entries = value?.[formDataEntries];
    if (entries) {
      payload ??= { ...event.payload };
      payload[name] = { [FORM_DATA_ENTRIES_KEY]: entries };
    }
  }
  return payload ? { ...event, payload } : event;
};
