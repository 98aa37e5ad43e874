import { describe, expect, it } from 'vitest';
import starter from '../../../lib/domain/data/starter-templates.json';
import { renderTemplate, type RenderContext } from '../../../lib/domain/template/render';
import { fillFields, parseTemplate } from '../../../lib/domain/template/syntax';
import { templateSchema, wordingsOf, type Template } from '../../../lib/domain/template/template';

// Local time, so the greeting does not depend on the machine's time zone.
const WED_MORNING = new Date(2026, 10, 25, 9, 30).getTime(); // Wednesday 25 November 2026

const topics = ['greeting', 'ask-all', 'wait', 'complaint', 'refund', 'payment', 'follow-up', 'closing'];

const templates: Template[] = starter.templates.map((entry) =>
  templateSchema.parse({ ...entry, usageCount: 0, lastUsedAt: null, createdAt: 0, updatedAt: 0 }),
);

const wordings = templates.flatMap((template) =>
  wordingsOf(template).map((wording, index) => ({
    where: `${template.id}#${index}`,
    wording,
    locale: template.language,
  })),
);

const byId = (id: string) => {
  const found = templates.find((template) => template.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
};

const nodesOf = (wording: string) => parseTemplate(wording).nodes;

const unknownCustomer = (locale: Template['language']): RenderContext => ({
  name: null,
  operator: '',
  fills: {},
  now: WED_MORNING,
  locale,
});

describe('starter templates', () => {
  it('are all valid templates, as stored by the app', () => {
    expect(starter.templates).toHaveLength(16);
    for (const entry of starter.templates) {
      const result = templateSchema.safeParse({
        ...entry,
        usageCount: 0,
        lastUsedAt: null,
        createdAt: 0,
        updatedAt: 0,
      });
      expect(result.success, `${entry.id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it('have unique ids and a unique shortcut per language', () => {
    const ids = templates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    const shortcuts = templates.map((template) => `${template.language}:${template.shortcut ?? ''}`);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    for (const template of templates) expect(template.shortcut, template.id).toBeTruthy();
  });

  it('cover every topic in Russian and English, named starter-<topic>-<lang>', () => {
    for (const topic of topics) {
      for (const language of ['ru', 'en'] as const) {
        expect(byId(`starter-${topic}-${language}`).language).toBe(language);
      }
    }
    expect(templates).toHaveLength(topics.length * 2);
  });

  it('offer two or three wordings each', () => {
    for (const template of templates) {
      expect(wordingsOf(template).length, template.id).toBeGreaterThanOrEqual(2);
      expect(wordingsOf(template).length, template.id).toBeLessThanOrEqual(3);
      expect(new Set(wordingsOf(template)).size, template.id).toBe(wordingsOf(template).length);
    }
  });

  it('tag in the template language', () => {
    for (const template of templates) {
      expect(template.tags.length, template.id).toBeGreaterThan(0);
      const script = template.language === 'ru' ? /^[а-яё -]+$/i : /^[a-z -]+$/i;
      for (const tag of template.tags) expect(tag, template.id).toMatch(script);
    }
  });

  it.each(wordings)('$where parses without syntax problems', ({ wording }) => {
    expect(parseTemplate(wording).problems).toEqual([]);
  });

  it.each(wordings)('$where gives the name and the operator a non-empty fallback', ({ wording }) => {
    for (const node of nodesOf(wording)) {
      if (node.kind === 'variable' && ['name', 'firstName', 'operator'].includes(node.name)) {
        expect(node.fallback?.trim(), node.raw).toBeTruthy();
      }
    }
  });

  it.each(wordings)(
    '$where needs only the fill-ins when the customer and operator are unknown',
    ({ wording, locale }) => {
      const rendered = renderTemplate(wording, unknownCustomer(locale));
      expect(rendered.missing.filter((missing) => missing.kind !== 'fill')).toEqual([]);
    },
  );

  it.each(wordings)('$where is ready to send once everything is known', ({ wording, locale }) => {
    const fills = Object.fromEntries(fillFields(nodesOf(wording)).map((field) => [field.id, 'X']));
    const rendered = renderTemplate(wording, {
      name: locale === 'ru' ? 'Мария Иванова' : 'Oliver Grant',
      operator: locale === 'ru' ? 'Анна' : 'Anna',
      fills,
      now: WED_MORNING,
      locale,
    });
    expect(rendered.missing).toEqual([]);
    expect(rendered.text).not.toMatch(/[{}]|\[\[|\]\]/);
    if (/\{(?:firstName|name)\|/.test(wording)) {
      expect(rendered.text).toContain(locale === 'ru' ? 'Мария' : 'Oliver');
    }
  });

  it.each(wordings)('$where does not sound like a robot and stays short', ({ wording }) => {
    const robotic = [
      'ваше обращение очень важно',
      'обращение зарегистрировано',
      'your request is important to us',
      'dear customer',
      'уважаемый клиент',
    ];
    for (const phrase of robotic) expect(wording.toLowerCase()).not.toContain(phrase);
    expect(wording.length).toBeLessThanOrEqual(600);
  });

  it('use Russian typography in Russian: no straight quotes or double hyphens', () => {
    for (const { where, wording } of wordings.filter((w) => w.locale === 'ru')) {
      expect(wording, where).not.toMatch(/["']|--/);
    }
  });

  it('greet by name in at least one wording of each greeting', () => {
    for (const language of ['ru', 'en'] as const) {
      const greeting = byId(`starter-greeting-${language}`);
      expect(wordingsOf(greeting).some((w) => /\{firstName\|/.test(w))).toBe(true);
    }
  });

  it('ask for the order number, e-mail, what happened and a screenshot in one message', () => {
    const wanted = {
      ru: [/номер заказа/i, /e-mail|почт/i, /случил|произошл|не так/i, /скриншот/i],
      en: [/order number/i, /email/i, /happened|went wrong/i, /screenshot/i],
    };
    for (const language of ['ru', 'en'] as const) {
      for (const wording of wordingsOf(byId(`starter-ask-all-${language}`))) {
        for (const pattern of wanted[language]) expect(wording).toMatch(pattern);
      }
    }
  });

  it('handle a complaint: thank, apologise, say what is being done and when we come back', () => {
    const dateVariables = ['today', 'tomorrow', 'date', 'weekday', 'onWeekday'];
    const words = {
      ru: { thanks: /спасибо|благодар/i, sorry: /жаль|извин|прост(и|ите)/i },
      en: { thanks: /thank/i, sorry: /sorry|apolog/i },
    };
    for (const language of ['ru', 'en'] as const) {
      for (const wording of wordingsOf(byId(`starter-complaint-${language}`))) {
        const nodes = nodesOf(wording);
        const fills = fillFields(nodes);
        const dated = nodes.some((node) => node.kind === 'variable' && dateVariables.includes(node.name));
        // What is being done is always the operator's own words.
        expect(fills.length, wording).toBeGreaterThanOrEqual(1);
        // When we come back: a date from the clock, or a second fill-in.
        expect(dated || fills.length >= 2, wording).toBe(true);
        expect(wording).toMatch(words[language].thanks);
        expect(wording).toMatch(words[language].sorry);
        // Thanks come before the apology.
        expect(wording.search(words[language].thanks)).toBeLessThan(wording.search(words[language].sorry));
      }
    }
  });

  it('let the operator type the refund amount and its timing', () => {
    for (const language of ['ru', 'en'] as const) {
      for (const wording of wordingsOf(byId(`starter-refund-${language}`))) {
        const ids = fillFields(nodesOf(wording)).map((field) => field.id);
        expect(ids, wording).toContain('amount');
        expect(ids.length, wording).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
