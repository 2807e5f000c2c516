import type { Template } from '../template.ts';

/** Placeholder: filled in by the dutch-voices work. */
export const dutchVoicesTemplates: Template[] = [];
