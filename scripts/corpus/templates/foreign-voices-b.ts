import type { Template } from '../template.ts';

/** Placeholder: filled in by the foreign-voices-b work. */
export const foreignVoicesBTemplates: Template[] = [];
