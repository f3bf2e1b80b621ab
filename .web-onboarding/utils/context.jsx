import { useContext, useMemo, useState, createElement, useEffect } from "react"
import { applyDelta, ReflexEvent, hydrateClientStorage, useEventLoop, refs } from "$/utils/state"
import { ColorModeContext, UploadFilesContext, DispatchContext, EventLoopContext, StateStoreContext, registerApp, eventLoop } from "$/utils/context-registry"
import { jsx } from "@emotion/react";

export { ColorModeContext, UploadFilesContext, DispatchContext, EventLoopContext, StateStoreContext };
export const initialState = {"reflex___state____state": {"is_hydrated_rx_state_": false, "relationship_id_rx_state_": "", "rx_router_headers_rx_state_": {"host": "", "origin": "", "upgrade": "", "connection": "", "pragma": "", "cache_control": "", "user_agent": "", "sec_websocket_version": "", "sec_websocket_key": "", "sec_websocket_extensions": "", "accept_encoding": "", "accept_language": "", "raw_headers": {}}, "rx_router_page_rx_state_": {"host": "", "path": "", "raw_path": "", "full_path": "", "full_raw_path": "", "params": {}}, "rx_router_route_id_rx_state_": "", "rx_router_session_rx_state_": {"client_token": "", "client_ip": "", "session_id": ""}, "rx_router_url_rx_state_": {"scheme": "", "netloc": "", "origin": "://", "path": "", "query": "", "query_parameters": {}, "fragment": "", "href": ""}, "session_number_rx_state_": ""}, "reflex___state____state.myecoach___state___auth____auth_state": {"is_admin_rx_state_": false, "token_rx_state_": "", "user_name_rx_state_": ""}, "reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___account____account_state": {"email_rx_state_": "", "errors_rx_state_": {}, "form_version_rx_state_": 0, "loaded_rx_state_": false, "name_rx_state_": "", "time_zone_rx_state_": ""}, "reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state": {"errors_rx_state_": {}, "loaded_rx_state_": false, "not_found_rx_state_": false}, "reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___activity____activity_state": {"page_rx_state_": 1, "pages_rx_state_": 1, "rows_rx_state_": []}, "reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___imports____import_state": {"bad_rows_rx_state_": [], "file_name_rx_state_": "", "new_pairings_rx_state_": 0, "previewed_rx_state_": false, "summary_rx_state_": []}, "reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___pairing____pairing_state": {"form_version_rx_state_": 0, "programme_names_rx_state_": {}}, "reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___people____people_state": {"editing_id_rx_state_": 0, "form_email_rx_state_": "", "form_is_admin_rx_state_": false, "form_name_rx_state_": "", "form_time_zone_rx_state_": "", "form_version_rx_state_": 0, "page_rx_state_": 1, "pages_rx_state_": 1, "query_rx_state_": "", "rows_rx_state_": [], "total_rx_state_": 0}, "reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___programmes____programmes_state": {"form_version_rx_state_": 0, "renaming_id_rx_state_": 0, "rows_rx_state_": []}, "reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___editor____editor_state": {"can_complete_rx_state_": false, "cancellation_rx_state_": "", "date_rx_state_": "", "end_time_rx_state_": "", "errors_rx_state_": {}, "extra_information_rx_state_": "", "form_key_rx_state_": "-0-0", "history_rx_state_": [], "loaded_rx_state_": false, "location_rx_state_": "", "not_found_rx_state_": false, "notify_rx_state_": true, "number_rx_state_": 0, "other_people_rx_state_": "", "programme_rx_state_": "", "read_only_rx_state_": false, "relationship_url_rx_state_": "", "section_rx_state_": "details", "session_type_rx_state_": "", "start_time_rx_state_": "", "status_rx_state_": "", "time_zone_rx_state_": "", "title_rx_state_": "Session 0", "version_rx_state_": 0}, "reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___inbox____inbox_state": {"items_rx_state_": [], "loaded_rx_state_": false}, "reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____forgot_password_state": {"answer_rx_state_": "", "loaded_rx_state_": false}, "reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___passwords____set_password_state": {"errors_rx_state_": {}, "holder_rx_state_": "", "link_valid_rx_state_": false, "loaded_rx_state_": false}, "reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationship____relationship_state": {"active_rx_state_": true, "follower_rx_state_": "", "follower_role_rx_state_": "Coachee", "leader_rx_state_": "", "leader_role_rx_state_": "Coach", "loaded_rx_state_": false, "not_found_rx_state_": false, "programme_rx_state_": "", "rows_rx_state_": []}, "reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___relationships____relationships_state": {"loaded_rx_state_": false, "page_rx_state_": 1, "pages_rx_state_": 1, "query_rx_state_": "", "rows_rx_state_": [], "status_rx_state_": "All", "total_rx_state_": 0}, "reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state": {"demo_accounts_rx_state_": [], "demo_password_rx_state_": "", "error_rx_state_": "", "loaded_rx_state_": false}, "reflex___state____state.myecoach___state___live____live_toast": {"seen_id_rx_state_": 0}, "reflex___state____state.reflex___istate___shared____shared_state_base_internal": {}, "reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox": {"ended_rx_state_": false, "newest_id_rx_state_": 0, "newest_message_rx_state_": "", "newest_url_rx_state_": "", "unread_rx_state_": 0}, "reflex___state____state.reflex___state____frontend_event_exception_state": {}, "reflex___state____state.reflex___state____on_load_internal_state": {}, "reflex___state____state.reflex___state____update_vars_internal_state": {}}
export const initialStateHashes = ["8d12e32457d2bacc", "1243a76e2e89d6b6", "01e29cdfd804e091", "99ed786036aef5f5", "480ac499d57e47a5", "563e1b737bb248c4", "562edede9e4a0dd1", "6b94e5498b508304", "ed28be6c5d0bf25b", "6572ced0d3935da6", "e1618050627b6a90", "be481e46b5926cb5", "71be19a25338801d", "6886cb6b6f7ea541", "6a8a575600a5bc9c", "9221a503e4036fb0", "47d6424aa500a0e3", "cb4426670a4de1f4", "bf21a9e8fbc5a384", "ea92c4ae31e30579", "bf21a9e8fbc5a384", "bf21a9e8fbc5a384", "bf21a9e8fbc5a384"]
export const stateSchema = "326eeb8b10fe4c6555168bc5d9aebd23"

export const defaultColorMode = "system"
export const clientStorage = {"cookies": {"reflex___state____state.myecoach___state___auth____auth_state.token_rx_state_": {"name": "myecoach_token", "path": "/", "maxAge": 1209600, "secure": false, "sameSite": "strict"}}, "local_storage": {}, "session_storage": {}}


export const state_name = "reflex___state____state"

export const exception_state_name = "reflex___state____state.reflex___state____frontend_event_exception_state"

// Tracked cookie and local storage vars set in the browser, or undefined if none.
const clientStorageVars = () => {
    const client_storage_vars = hydrateClientStorage(clientStorage);
    if (client_storage_vars && Object.keys(client_storage_vars).length !== 0) {
        return client_storage_vars;
    }
    return undefined;
}

// These events are triggered on each client-side page navigation.
export const onLoadInternalEvent = () => {
    const internal_events = [];

    // Only send the client storage vars if any are actually set in the browser.
    const client_storage_vars = clientStorageVars();
    if (client_storage_vars !== undefined) {
        internal_events.push(
            ReflexEvent(
                'reflex___state____state.reflex___state____update_vars_internal_state.update_vars_internal',
                {vars: client_storage_vars},
            ),
        );
    }

    // `on_load_internal` triggers the correct on_load event(s) for the current page.
    // If the page does not define any on_load event, this will just set `is_hydrated = true`.
    internal_events.push(ReflexEvent('reflex___state____state.reflex___state____on_load_internal_state.on_load_internal'));

    return internal_events;
}

// The single event sent when the websocket connects or reconnects: it resets and
// applies client storage, sends the state, and queues the page's on_load events.
// On the first connect the frontend still holds the compiled defaults, so it
// sends their hashes and the backend only returns the vars that differ; any
// later (re)hydrate gets the full state.
export const initialEvents = (first = false) => {
    const client_storage_vars = clientStorageVars();
    const payload = {};
    if (client_storage_vars !== undefined) {
        payload["vars"] = client_storage_vars;
    }
    if (first) {
        payload["hashes"] = initialStateHashes;
    }
    return [ReflexEvent('reflex___state____state.hydrate_and_load', payload)];
}
    

export const isDevMode = false;

// The static runtime reads these through the registry, so this module is the
// only one Vite re-executes when they change.
registerApp({
  initialState,
  clientStorage,
  state_name,
  stateSchema,
  exception_state_name,
  onLoadInternalEvent,
  initialEvents,
  isDevMode,
  defaultColorMode,
});

export function addEvents(events, args, event_actions) {
  return eventLoop.addEvents(events, args, event_actions);
}

export function getConnectErrors() {
  return eventLoop.connectErrors;
}

export function UploadFilesProvider({ children }) {
  const [filesById, setFilesById] = useState({})
  refs["__clear_selected_files"] = (id) => setFilesById(filesById => {
    const newFilesById = {...filesById}
    delete newFilesById[id]
    return newFilesById
  })
  return createElement(
    UploadFilesContext.Provider,
    { value: [filesById, setFilesById] },
    children
  );
}

// ``displayName`` is what React DevTools shows for the wrapper; without it
// every client-only component in the tree renders as ``Anonymous``.
export function ClientSide(component, name) {
  function ClientSideComponent({ children, ...props }) {
    const [Component, setComponent] = useState(null);
    useEffect(() => {
      async function load() {
        const comp = await component();
        setComponent(() => comp);
      }
      load();
    }, []);
    return Component ? jsx(Component, props, children) : null;
  }
  ClientSideComponent.displayName = name ? `ClientSide(${name})` : "ClientSide";
  return ClientSideComponent;
}

export function EventLoopProvider({ children }) {
  const dispatch = useContext(DispatchContext)
  const [addEventsLocal, connectErrors] = useEventLoop(
    dispatch,
    initialEvents,
    clientStorage,
  )
  // Publish the dispatchers so JSX literals constructed outside the
  // React-tree path (e.g. ``ErrorBoundary.onError``) can call ``addEvents``.
  eventLoop.addEvents = addEventsLocal;
  eventLoop.connectErrors = connectErrors;
  return useMemo(
    () =>
      createElement(
        EventLoopContext.Provider,
        { value: [addEventsLocal, connectErrors] },
        children
      ),
    [addEventsLocal, connectErrors, children],
  );
}

// Dispatch updates happen outside render; useSyncExternalStore keeps reads
// consistent while notifying only consumers of the changed substate.
function createStateStore(initialState) {
  const state = {};
  const listeners = new Map();
  const dispatchers = {};
  const notify = (substateName) =>
    listeners.get(substateName)?.forEach((listener) => listener());
  // Hot reload passes the recompiled initial state: new substates are added,
  // and existing substates gain new fields at their defaults while keeping
  // their live values.
  const mergeInitialState = (nextInitialState) => {
    for (const [substateName, value] of Object.entries(nextInitialState)) {
      const liveState = state[substateName];
      if (liveState !== undefined) {
        if (Object.keys(value).some((key) => !Object.hasOwn(liveState, key))) {
          state[substateName] = { ...value, ...liveState };
          notify(substateName);
        }
        continue;
      }
      state[substateName] = value;
      dispatchers[substateName] = (delta) => {
        const currentState = state[substateName];
        const nextState = applyDelta(currentState, delta);
        if (nextState === currentState) return;
        state[substateName] = nextState;
        notify(substateName);
      };
      notify(substateName);
    }
  };
  mergeInitialState(initialState);

  return {
    dispatchers,
    mergeInitialState,
    getSnapshot: (substateName) => state[substateName],
    subscribe: (substateName, listener) => {
      let substateListeners = listeners.get(substateName);
      if (!substateListeners) {
        substateListeners = new Set();
        listeners.set(substateName, substateListeners);
      }
      substateListeners.add(listener);
      return () => substateListeners.delete(listener);
    },
  };
}

function StateStoreProviders({ children, store }) {
  return createElement(
    StateStoreContext,
    { value: store },
    createElement(DispatchContext, { value: store.dispatchers }, children),
  );
}

function ClientStateProvider({ children }) {
  const [store] = useState(() => createStateStore(initialState));
  useEffect(() => store.mergeInitialState(initialState), [store, initialState]);
  return createElement(StateStoreProviders, { children, store });
}

// The server renders once and never applies a delta, so it only reads the
// initial state.
const serverStateStore = {
  dispatchers: {},
  getSnapshot: (substateName) => initialState[substateName],
  subscribe: () => () => {},
};

function ServerStateProvider({ children }) {
  return createElement(StateStoreProviders, { children, store: serverStateStore });
}

export const StateProvider =
  typeof document === "undefined" ? ServerStateProvider : ClientStateProvider;