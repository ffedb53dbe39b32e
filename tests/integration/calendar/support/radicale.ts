import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DAVClient } from 'tsdav';
import { freePort, spawnServer, stopByPid, waitFor, type ServerProcess } from './processes';

/**
 * A real Radicale (Debian's 3.1.8) on 127.0.0.1 with htpasswd users, owner-only rights and its
 * storage in the test's temp folder. `start` again on the same folder and port after `stop`
 * brings the same server back.
 */
export async function startRadicale(folder: string, users: Record<string, string>, port?: number): Promise<ServerProcess> {
  const chosenPort = port ?? (await freePort());
  await mkdir(join(folder, 'collections'), { recursive: true });
  const usersFile = join(folder, 'users');
  await writeFile(usersFile, Object.entries(users).map(([user, password]) => `${user}:${password}\n`).join(''));
  const config = join(folder, 'radicale.conf');
  await writeFile(
    config,
    [
      '[server]',
      `hosts = 127.0.0.1:${chosenPort}`,
      '[auth]',
      'type = htpasswd',
      `htpasswd_filename = ${usersFile}`,
      'htpasswd_encryption = plain',
      '[rights]',
      'type = owner_only',
      '[storage]',
      `filesystem_folder = ${join(folder, 'collections')}`,
      '[logging]',
      'level = warning',
      '',
    ].join('\n'),
  );
  const { child, pid, output } = spawnServer('radicale', ['--config', config]);
  const baseUrl = `http://127.0.0.1:${chosenPort}/`;
  try {
    await waitFor(async () => (await fetch(baseUrl, { method: 'OPTIONS' })).status < 500, 'Radicale to answer');
  } catch (error) {
    await stopByPid(child, pid);
    throw new Error(`${(error as Error).message}\n${output()}`, { cause: error });
  }
  return { pid, port: chosenPort, baseUrl, stop: () => stopByPid(child, pid) };
}

/** The other side of the tests: someone editing their calendar in another app. */
export class CalendarEditor {
  private constructor(
    private readonly client: DAVClient,
    readonly calendarUrl: string,
  ) {}

  static async create(serverUrl: string, username: string, password: string, slug: string, displayName: string, color?: string): Promise<CalendarEditor> {
    const client = new DAVClient({ serverUrl, credentials: { username, password }, authMethod: 'Basic', defaultAccountType: 'caldav' });
    await client.login();
    const homeUrl = client.account?.homeUrl;
    if (!homeUrl) throw new Error('No calendar home');
    const calendarUrl = `${homeUrl}${slug}/`;
    const [created] = await client.makeCalendar({ url: calendarUrl, props: { displayname: displayName, ...(color ? { 'ca:calendar-color': color } : {}) } });
    if (!created?.ok) throw new Error(`MKCALENDAR failed: ${created?.status}`);
    return new CalendarEditor(client, calendarUrl);
  }

  async put(uid: string, ics: string): Promise<void> {
    const response = await this.client.updateObject({ url: `${this.calendarUrl}${uid}.ics`, data: ics, headers: { 'content-type': 'text/calendar; charset=utf-8' } });
    if (!response.ok) throw new Error(`PUT failed: ${response.status}`);
  }

  async remove(uid: string): Promise<void> {
    const response = await this.client.deleteObject({ url: `${this.calendarUrl}${uid}.ics` });
    if (!response.ok) throw new Error(`DELETE failed: ${response.status}`);
  }
}
