import type { Template } from '../template.ts';

/** Placeholder: filled in by the foreign-voices-a work. */
export const foreignVoicesATemplates: Template[] = [];
