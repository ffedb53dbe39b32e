/**
 * A tiny browser for the OAuth tests: follows the authorization URL with fetch, keeps cookies,
 * signs in and answers the consent page of oidc-provider's development interactions, and
 * follows the final redirect to the app's loopback listener, as a real browser would.
 */
export interface BrowserVisit {
  /** Every URL requested, in order. */
  urls: string[];
  finalUrl: string;
  finalStatus: number;
  finalBody: string;
}

export interface BrowserChoices {
  login: string;
  consent: 'allow' | 'deny';
}

const MAX_STEPS = 30;

export class TestBrowser {
  private readonly cookies = new Map<string, string>();

  async visit(start: string, choices: BrowserChoices): Promise<BrowserVisit> {
    const urls: string[] = [];
    let request: { url: string; method: 'GET' | 'POST'; form?: URLSearchParams } = { url: start, method: 'GET' };
    for (let step = 0; step < MAX_STEPS; step++) {
      urls.push(request.url);
      const response = await fetch(request.url, {
        method: request.method,
        redirect: 'manual',
        headers: {
          ...(this.cookies.size > 0 ? { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') } : {}),
          ...(request.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: request.form?.toString(),
      });
      this.keepCookies(response);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        request = { url: new URL(location, request.url).href, method: 'GET' };
        continue;
      }
      const body = await response.text();
      const next = this.answerPage(request.url, body, choices);
      if (!next) return { urls, finalUrl: request.url, finalStatus: response.status, finalBody: body };
      request = next;
    }
    throw new Error(`The browser gave up after ${MAX_STEPS} steps: ${urls.join(' → ')}`);
  }

  /** The login form, the consent form (or its abort link); null for any other page. */
  private answerPage(pageUrl: string, html: string, choices: BrowserChoices): { url: string; method: 'GET' | 'POST'; form?: URLSearchParams } | null {
    const form = /<form[^>]*action="([^"]+)"[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
    if (!form?.[1] || !form[2]) return null;
    const action = new URL(decodeEntities(form[1]), pageUrl).href;
    const prompt = /name="prompt" value="([^"]+)"/.exec(form[2])?.[1];
    if (prompt === 'login') return { url: action, method: 'POST', form: new URLSearchParams({ prompt: 'login', login: choices.login, password: 'any' }) };
    if (prompt !== 'consent') return null;
    if (choices.consent === 'allow') return { url: action, method: 'POST', form: new URLSearchParams({ prompt: 'consent' }) };
    const abort = /href="([^"]*\/abort)"/.exec(html)?.[1];
    if (!abort) throw new Error('The consent page has no way to decline');
    return { url: new URL(decodeEntities(abort), pageUrl).href, method: 'GET' };
  }

  private keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      if (index <= 0) continue;
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&#x2F;/gi, '/').replace(/&#47;/g, '/').replace(/&quot;/g, '"');
}
