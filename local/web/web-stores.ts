/** The web app's stores are ports in shared/ (adapters implement them there); the web app imports them from here. */
export type * from '../../shared/web-stores.ts';
