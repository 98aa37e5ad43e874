import data from '../data/starter-templates.json';
import { starterTemplateSchema, type StarterTemplate } from './template';

/** The starter library (data file), validated when the extension loads. */
export const starterTemplates: readonly StarterTemplate[] = data.templates.map((raw) =>
  starterTemplateSchema.parse(raw),
);
