import { html } from 'hono/html';
import type { Client, Directory } from '../../shared/domain/directory.ts';
import { foldText } from '../../shared/domain/text.ts';
import { defineMessages, type Lang } from './i18n.ts';

/**
 * Finding a client at the counter or in triage by client number or name. Shows only what is
 * needed to pick the right person: client number, name and year of birth (never the BSN, the
 * full birth date or the address).
 */
export interface ClientHit {
  clientNumber: string;
  name: string;
  birthYear: string | null;
}

const compact = (s: string) => s.toUpperCase().replace(/[^0-9A-Z]/g, '');

export function clientHit(c: Client): ClientHit {
  return { clientNumber: c.clientNumber, name: c.name, birthYear: c.birthDate?.slice(0, 4) ?? null };
}

export function findClient(directory: Directory, clientNumber: string): Client | undefined {
  const wanted = compact(clientNumber);
  return wanted ? directory.clients.find((c) => compact(c.clientNumber) === wanted) : undefined;
}

export function searchClients(directory: Directory, query: string, limit = 10): ClientHit[] {
  const q = query.trim();
  if (q.length < 2) return [];
  const number = compact(q);
  const tokens = foldText(q).split(' ').filter(Boolean);
  const hits = directory.clients.filter((c) => {
    if (/\d{3,}/.test(q) && compact(c.clientNumber).includes(number)) return true;
    const name = foldText(c.name);
    return tokens.length > 0 && tokens.every((t) => name.includes(t));
  });
  return hits.slice(0, limit).map(clientHit);
}

/** What the search results table says (the page says what to do when nobody is found). */
const resultsMessages = defineMessages(
  {
    tooShort: 'Typ minstens 2 tekens.',
    resultsCaption: 'Gevonden klanten',
    clientNumber: 'Klantnummer',
    name: 'Naam',
    birthYear: 'Geboortejaar',
    choose: 'Kiezen',
    chooseClient: (n: string) => `Klant ${n} kiezen`,
  },
  {
    tooShort: 'Type at least 2 characters.',
    resultsCaption: 'Clients found',
    clientNumber: 'Client number',
    name: 'Name',
    birthYear: 'Year of birth',
    choose: 'Choose',
    chooseClient: (n: string) => `Choose client ${n}`,
  },
);

/** The results of a client search: a table with a link to choose each client, or why there is none. */
export function clientSearchResults(
  lang: Lang,
  noResults: string,
  q: string,
  hits: ClientHit[],
  chooseHref: (clientNumber: string) => string,
) {
  const m = resultsMessages(lang);
  if (!q) return '';
  if (q.length < 2) return html`<p>${m.tooShort}</p>`;
  if (!hits.length) return html`<p role="status">${noResults}</p>`;
  return html`<table><caption>${m.resultsCaption}</caption>
    <thead><tr><th scope="col">${m.clientNumber}</th><th scope="col">${m.name}</th><th scope="col">${m.birthYear}</th><th scope="col"><span class="visually-hidden">${m.choose}</span></th></tr></thead>
    <tbody>${hits.map(
      (h) => html`<tr><td>${h.clientNumber}</td><td>${h.name}</td><td>${h.birthYear ?? '–'}</td>
      <td><a href="${chooseHref(h.clientNumber)}" aria-label="${m.chooseClient(h.clientNumber)}">${m.choose}</a></td></tr>`,
    )}</tbody></table>`;
}
