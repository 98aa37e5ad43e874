// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import demoDesk from '../../../lib/adapters/profiles/demo-desk.json';
import { parseSiteProfile } from '../../../lib/adapters/site-profile';
import { createTranslator } from '../../../lib/i18n/messages';

const clone = (): Record<string, unknown> => structuredClone(demoDesk) as Record<string, unknown>;

function errorsOf(raw: unknown): string[] {
  const result = parseSiteProfile(raw);
  if (result.ok) throw new Error('expected the profile to be rejected');
  return result.errors;
}

describe('parseSiteProfile', () => {
  it('accepts the demo desk profile', () => {
    const result = parseSiteProfile(demoDesk);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.profile.rows[0]!.css).toBe('li.conv-row[data-conversation-id]');
  });

  it('says that rows are required', () => {
    const raw = clone();
    delete raw.rows;
    expect(errorsOf(raw)).toEqual(['rows: is required']);
  });

  it('names the field and the selector the browser cannot parse', () => {
    const raw = clone();
    (raw.chat as { messages: { css: string; why: string }[] }).messages[0]!.css = 'div >';
    expect(errorsOf(raw)).toEqual(['chat.messages[0].css: "div >" is not a valid CSS selector']);
  });

  it('rejects an author the tracker does not know', () => {
    const raw = clone();
    (raw.chat as { authors: { selector: string; author: string }[] }).authors[1]!.author = 'agent';
    const [error, ...rest] = errorsOf(raw);
    expect(rest).toEqual([]);
    expect(error).toMatch(/^chat\.authors\[1\]\.author: "agent" is not an author/);
    expect(error).toContain('operator');
  });

  it('quotes odd keys in the path and lists every problem, without dumping JSON', () => {
    const raw = clone();
    raw.preview = { ...(raw.preview as object), prefixAuthors: { 'Вы: ': 'me' } };
    raw.badge = { placement: 'middle' };
    raw.activeRow = {};
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^preview\.prefixAuthors\["Вы: "\]: "me" is not an author/);
    expect(errors[1]).toBe('activeRow: give selectors, an attribute, or both');
    expect(errors[2]).toMatch(/^badge\.placement: /);
    for (const error of errors) expect(error).not.toMatch(/[{}]/);
  });

  it('asks for a reason next to every selector', () => {
    const raw = clone();
    raw.vipMarker = [{ css: '.vip-tag' }];
    expect(errorsOf(raw)).toEqual(['vipMarker[0].why: is required']);
  });

  it('names the site pattern a browser cannot read, in the operator’s language', () => {
    const raw = {
      ...clone(),
      matches: ['https://desk.example.com/*', 'not a pattern', 'https://desk.test:8080/*'],
    };
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(
      /^matches\[1\]: "not a pattern" is not a site pattern: write it like https:\/\/desk/,
    );
    expect(errors[1]).toMatch(/^matches\[2\]: "https:\/\/desk.test:8080\/\*" is not a site pattern/);
    const russian = parseSiteProfile(raw, createTranslator('ru'));
    expect(russian.ok ? [] : russian.errors[0]).toMatch(
      /^matches\[1\]: "not a pattern" — не шаблон адреса сайта/,
    );
  });

  it('rejects something that is not a profile at all', () => {
    expect(errorsOf('demo')[0]).toMatch(/^\(profile\): /);
  });
});
