import { app, dialog, globalShortcut, Notification, powerMonitor, screen } from 'electron';
import type { AppEvents, AppPort, DialogPort, LoginItemPort, NotificationPort, ScreenPort, ShortcutPort, SystemPort } from '../services/shell/shell-port';

/** Electron's app, notifications, screen, power monitor, shortcuts and login items behind the shell's port. */
export function appPort(sessionEnd: { listeners: (() => void)[] }): AppPort {
  return {
    on<E extends keyof AppEvents>(event: E, listener: AppEvents[E]): void {
      switch (event) {
        case 'before-quit':
          app.on('before-quit', (e) => {
            if ((listener as AppEvents['before-quit'])()) e.preventDefault();
          });
          return;
        case 'session-end':
          sessionEnd.listeners.push(listener);
          return;
        case 'second-instance':
          app.on('second-instance', () => void listener());
          return;
        case 'activate':
          app.on('activate', () => void listener());
          return;
      }
    },
    quit: () => app.quit(),
    exit: (code) => app.exit(code),
  };
}

export const notificationPort: NotificationPort = {
  isSupported: () => Notification.isSupported(),
  show: ({ title, body, onClick }) => {
    const note = new Notification({ title, body, silent: true });
    note.on('click', onClick);
    note.show();
    return () => note.close();
  },
};

export const screenPort: ScreenPort = {
  cursorPoint: () => screen.getCursorScreenPoint(),
  displayNearest: (point) => screen.getDisplayNearestPoint(point),
  displayMatching: (rect) => screen.getDisplayMatching(rect),
  primaryDisplay: () => screen.getPrimaryDisplay(),
};

export const systemPort: SystemPort = {
  onPower: (event, listener) => {
    powerMonitor.on(event as 'resume', listener);
  },
  idleSeconds: () => powerMonitor.getSystemIdleTime(),
  idleState: (threshold) => powerMonitor.getSystemIdleState(threshold),
};

export const shortcutPort: ShortcutPort = {
  register: (accelerator, listener) => {
    try {
      return globalShortcut.register(accelerator, listener);
    } catch {
      return false;
    }
  },
  unregisterAll: () => globalShortcut.unregisterAll(),
};

export const loginItemPort: LoginItemPort = {
  set: ({ openAtLogin, path, args }) => app.setLoginItemSettings({ openAtLogin, ...(path ? { path } : {}), ...(args ? { args: [...args] } : {}) }),
  wasOpenedAtLogin: () => app.getLoginItemSettings().wasOpenedAtLogin,
};

export const dialogPort: DialogPort = {
  confirmQuitWithUnsaved: async ({ title, detail, keep, quit }) => {
    const { response } = await dialog.showMessageBox({ type: 'warning', message: title, detail, buttons: [keep, quit], defaultId: 0, cancelId: 0, noLink: true });
    return response === 1;
  },
};
