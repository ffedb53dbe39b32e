/**
 * The only bridge between a window and the main process. It exposes `window.touchpoint`, one
 * function per contract command plus `on(event, listener)`, built from the contract's name
 * lists. It never exposes ipcRenderer itself. Bundled to one CommonJS file (sandboxed windows
 * cannot load ES modules or other files).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildTouchpointApi } from '../../shared/contract/build-api';
import { COMMAND_NAMES, EVENT_NAMES, commandChannel, eventChannel } from '../../shared/contract/names';

type CommandName = (typeof COMMAND_NAMES)[number];
type EventName = (typeof EVENT_NAMES)[number];

const api = buildTouchpointApi(
  COMMAND_NAMES,
  EVENT_NAMES,
  (name, input) => ipcRenderer.invoke(commandChannel(name as CommandName), input),
  (event, listener) => {
    const channel = eventChannel(event as EventName);
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
);

contextBridge.exposeInMainWorld('touchpoint', api);
