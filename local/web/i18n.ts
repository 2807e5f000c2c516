import type { Channel, DocumentStatus } from '../../shared/domain/document.ts';
import type { DocumentTypeId } from '../../shared/domain/document-types.ts';
import { DOCUMENT_TYPES } from '../../shared/domain/document-types.ts';

/**
 * Dutch by default, English through the language switch. Each page keeps its own words next to
 * its view (`defineMessages`); the English set must have the same keys as the Dutch one.
 */
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];
export const LANG_COOKIE = 'pk_lang';

export function isLang(value: string | undefined): value is Lang {
  return value === 'nl' || value === 'en';
}

export function defineMessages<T extends Record<string, unknown>>(nl: T, en: NoInfer<T>): (lang: Lang) => T {
  return (lang) => (lang === 'en' ? en : nl);
}

export const common = defineMessages(
  {
    appName: 'postkamer',
    skipLink: 'Naar de inhoud',
    mainNav: 'Hoofdmenu',
    home: 'Start',
    desk: 'Balie',
    mailroom: 'Postkamer',
    inbox: 'Mijn werk',
    triage: 'Triage',
    operations: 'Beheer',
    directory: 'Medewerkers en klanten',
    check: 'Ontvangstbewijs controleren',
    signIn: 'Aanmelden',
    signOut: 'Afmelden',
    signedInAs: 'Aangemeld als',
    languageSwitch: 'Taal',
    otherLanguage: 'English',
    otherLanguageCode: 'en',
    forbiddenTitle: 'Geen toegang',
    forbiddenText: 'U heeft geen toegang tot deze pagina of dit document.',
    restrictedText: 'Dit is een vertrouwelijk document. Alleen de behandelaar mag het openen.',
    notAssignedText: 'Dit document staat niet bij u, bij een collega voor wie u waarneemt of in de wachtrij van uw team.',
    notAvailableText: 'Dit document is (nog) niet aan iemand toegewezen.',
    notFoundTitle: 'Niet gevonden',
    notFoundText: 'Deze pagina of dit document bestaat niet.',
    errorTitle: 'Er ging iets mis',
    errorText: 'Er ging iets mis aan onze kant. Probeer het opnieuw; blijft het misgaan, meld het dan bij functioneel beheer.',
    badRequestTitle: 'Dit kan niet',
    csrfText: 'Het formulier is verlopen of niet vanaf deze site verstuurd. Laad de pagina opnieuw en probeer het nog eens.',
    backHome: 'Terug naar de startpagina',
    tooManyTitle: 'Te veel pogingen',
    tooManyText: (minutes: number) => `Te veel pogingen, probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
    demoBanner:
      'Demomodus: de demo-accounts met bekende wachtwoorden staan aan. Gebruik deze omgeving niet voor echte documenten van klanten.',
    errorSummary: 'Er is een probleem',
    required: 'verplicht',
    optional: 'optioneel',
    save: 'Opslaan',
    refresh: 'Vernieuwen',
    none: 'geen',
    unknown: 'onbekend',
    yes: 'ja',
    no: 'nee',
    page: 'Pagina',
    of: 'van',
    documentsCount: (n: number) => (n === 1 ? '1 document' : `${n} documenten`),
    loading: 'Bezig…',
  },
  {
    appName: 'postkamer',
    skipLink: 'Skip to content',
    mainNav: 'Main menu',
    home: 'Home',
    desk: 'Front desk',
    mailroom: 'Mailroom',
    inbox: 'My work',
    triage: 'Triage',
    operations: 'Operations',
    directory: 'Directory',
    check: 'Check a receipt',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as',
    languageSwitch: 'Language',
    otherLanguage: 'Nederlands',
    otherLanguageCode: 'nl',
    forbiddenTitle: 'No access',
    forbiddenText: 'You do not have access to this page or document.',
    restrictedText: 'This is a confidential document. Only the person it is assigned to may open it.',
    notAssignedText: 'This document is not assigned to you, to a colleague you cover for, or to your team queue.',
    notAvailableText: 'This document is not (yet) assigned to anyone.',
    notFoundTitle: 'Not found',
    notFoundText: 'This page or document does not exist.',
    errorTitle: 'Something went wrong',
    errorText: 'Something went wrong on our side. Please try again; if it keeps failing, tell the application manager.',
    badRequestTitle: 'This is not possible',
    csrfText: 'The form has expired or was not sent from this site. Reload the page and try again.',
    backHome: 'Back to the home page',
    tooManyTitle: 'Too many attempts',
    tooManyText: (minutes: number) => `Too many attempts, try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    demoBanner: 'Demo mode: the demo accounts with well-known passwords are on. Do not use this installation for real client documents.',
    errorSummary: 'There is a problem',
    required: 'required',
    optional: 'optional',
    save: 'Save',
    refresh: 'Refresh',
    none: 'none',
    unknown: 'unknown',
    yes: 'yes',
    no: 'no',
    page: 'Page',
    of: 'of',
    documentsCount: (n: number) => (n === 1 ? '1 document' : `${n} documents`),
    loading: 'Working…',
  },
);

export type CommonMessages = ReturnType<typeof common>;

const STATUS: Record<Lang, Record<DocumentStatus, string>> = {
  nl: {
    received: 'ontvangen',
    extracted: 'gelezen',
    separated: 'gescheiden',
    split: 'in delen gesplitst',
    routed: 'doorgestuurd',
    triage: 'bij triage',
    acknowledged: 'in behandeling',
    closed: 'afgehandeld',
    rejected: 'afgewezen',
    duplicate: 'dubbel',
    failed: 'mislukt',
    superseded: 'vervangen door een gecorrigeerde splitsing',
    deleted: 'verwijderd na de bewaartermijn',
  },
  en: {
    received: 'received',
    extracted: 'read',
    separated: 'separated',
    split: 'split into parts',
    routed: 'routed',
    triage: 'in triage',
    acknowledged: 'acknowledged',
    closed: 'closed',
    rejected: 'rejected',
    duplicate: 'duplicate',
    failed: 'failed',
    superseded: 'replaced by a corrected split',
    deleted: 'deleted after its retention period',
  },
};

export function statusName(status: DocumentStatus, lang: Lang): string {
  return STATUS[lang][status];
}

const CHANNEL: Record<Lang, Record<Channel, string>> = {
  nl: { desk: 'balie', post: 'post', email: 'e-mail' },
  en: { desk: 'front desk', post: 'post', email: 'e-mail' },
};

export function channelName(channel: Channel, lang: Lang): string {
  return CHANNEL[lang][channel];
}

export function typeName(type: DocumentTypeId | null, lang: Lang): string {
  if (!type) return lang === 'nl' ? 'nog niet bekend' : 'not yet known';
  return DOCUMENT_TYPES[type][lang];
}
