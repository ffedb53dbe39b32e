import type { TrayIconFiles } from './tray';
import normal from '../assets/tray/tray.png?asset';
import normal2x from '../assets/tray/tray@2x.png?asset';
import waiting from '../assets/tray/tray-waiting.png?asset';
import waiting2x from '../assets/tray/tray-waiting@2x.png?asset';
import paused from '../assets/tray/tray-paused.png?asset';
import paused2x from '../assets/tray/tray-paused@2x.png?asset';
import normalTemplate from '../assets/tray/trayTemplate.png?asset';
import normalTemplate2x from '../assets/tray/trayTemplate@2x.png?asset';
import waitingTemplate from '../assets/tray/trayWaitingTemplate.png?asset';
import waitingTemplate2x from '../assets/tray/trayWaitingTemplate@2x.png?asset';
import pausedTemplate from '../assets/tray/trayPausedTemplate.png?asset';
import pausedTemplate2x from '../assets/tray/trayPausedTemplate@2x.png?asset';

/** macOS wants black template images it can tint for the menu bar; other desktops colour icons. */
export function trayIconFiles(platform: NodeJS.Platform): TrayIconFiles {
  return platform === 'darwin'
    ? { normal: { x1: normalTemplate, x2: normalTemplate2x }, waiting: { x1: waitingTemplate, x2: waitingTemplate2x }, paused: { x1: pausedTemplate, x2: pausedTemplate2x } }
    : { normal: { x1: normal, x2: normal2x }, waiting: { x1: waiting, x2: waiting2x }, paused: { x1: paused, x2: paused2x } };
}
