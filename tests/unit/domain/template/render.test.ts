import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../../../lib/domain/template/placeholder-guard';
import { firstNameOf, renderTemplate, type RenderContext } from '../../../../lib/domain/template/render';
import { parseTemplate } from '../../../../lib/domain/template/syntax';

// Local-time instants, so greetings do not depend on the machine's time zone.
const WED_MORNING = new Date(2026, 10, 25, 9, 30).getTime(); // Wednesday 25 November 2026
const at = (hour: number) => new Date(2026, 10, 25, hour, 0).getTime();

const ctx = (patch: Partial<RenderContext> = {}): RenderContext => ({
  name: 'Мария Иванова',
  operator: 'Анна',
  fills: {},
  now: WED_MORNING,
  locale: 'ru',
  ...patch,
});

describe('template variables', () => {
  it('fills in the customer and the operator', () => {
    const r = renderTemplate('{greeting}, {firstName}! Меня зовут {operator}.', ctx());
    expect(r.text).toBe('Доброе утро, Мария! Меня зовут Анна.');
    expect(r.missing).toEqual([]);
    expect(renderTemplate('{name}', ctx()).text).toBe('Мария Иванова');
  });

  it('greets by the time of day, in Russian and English', () => {
    const ru = [5, 12, 18, 23].map((h) => renderTemplate('{greeting}', ctx({ now: at(h) })).text);
    expect(ru).toEqual(['Доброе утро', 'Добрый день', 'Добрый вечер', 'Доброй ночи']);
    const en = [5, 12, 18, 2].map(
      (h) => renderTemplate('{greeting}', ctx({ now: at(h), locale: 'en' })).text,
    );
    expect(en).toEqual(['Good morning', 'Good afternoon', 'Good evening', 'Hello']);
  });

  it('writes dates and weekdays with Russian grammar', () => {
    const r = renderTemplate(
      'Сегодня {today}, завтра {tomorrow}, ответим {onWeekday+1} или {onWeekday+2}, {date+3}.',
      ctx(),
    );
    expect(r.text).toBe('Сегодня 25 ноября, завтра 26 ноября, ответим в четверг или в пятницу, 28 ноября.');
    expect(renderTemplate('{onWeekday-1}, {onWeekday+6}, {weekday}', ctx()).text).toBe(
      'во вторник, во вторник, среда',
    );
    expect(renderTemplate('{onWeekday+3}', ctx()).text).toBe('в субботу');
    expect(renderTemplate('We will write {onWeekday+2}, {date+2}.', ctx({ locale: 'en' })).text).toBe(
      'We will write on Friday, 27 November.',
    );
  });

  it('uses an explicit fallback for an unknown value, and reports one without a fallback', () => {
    expect(renderTemplate('Здравствуйте, {firstName|друг}!', ctx({ name: null })).text).toBe(
      'Здравствуйте, друг!',
    );
    const r = renderTemplate('Здравствуйте, {firstName}!', ctx({ name: '  ' }));
    expect(r.missing).toEqual([{ kind: 'variable', token: '{firstName}', variable: 'firstName' }]);
    expect(renderTemplate('Я {operator}', ctx({ operator: '' })).missing).toHaveLength(1);
  });

  it('never greets a stand-in for a name: the fallback is used, or the template waits', () => {
    for (const name of [
      'Visitor 5531',
      'Посетитель 1234',
      'Гость',
      'guest@mail.example',
      '+7 (999) 123-45-67',
    ])
      expect(renderTemplate('Hi {firstName|there}, {name|friend}!', ctx({ name })).text, name).toBe(
        'Hi there, friend!',
      );
    const r = renderTemplate('Здравствуйте, {firstName}!', ctx({ name: 'Visitor 5531' }));
    expect(r.missing).toEqual([{ kind: 'variable', token: '{firstName}', variable: 'firstName' }]);
    expect(renderTemplate('Hi {firstName|there}!', ctx({ name: 'Grace Turner' })).text).toBe('Hi Grace!');
  });

  it('takes the first word of a name as the first name', () => {
    expect(firstNameOf('  Oliver   Grant ')).toBe('Oliver');
    expect(firstNameOf('Cher')).toBe('Cher');
    expect(firstNameOf(null)).toBeNull();
  });
});

describe('fill-ins and the cursor', () => {
  const body =
    'Номер заказа: [[order: Номер заказа]]. Доставка: [[how: Способ = курьер / самовывоз]]. {cursor}Спасибо!';

  it('lists the fields once each, with choices', () => {
    expect(renderTemplate(body + ' [[order: Номер заказа]]', ctx()).fields).toEqual([
      { id: 'order', label: 'Номер заказа', choices: null },
      { id: 'how', label: 'Способ', choices: ['курьер', 'самовывоз'] },
    ]);
  });

  it('is not ready until every field is filled, and then places the cursor', () => {
    const empty = renderTemplate(body, ctx());
    expect(empty.missing.map((m) => m.kind)).toEqual(['fill', 'fill']);
    const half = renderTemplate(body, ctx({ fills: { order: '55-1207', how: '  ' } }));
    expect(half.missing).toEqual([
      { kind: 'fill', token: '[[how: Способ = курьер / самовывоз]]', id: 'how', label: 'Способ' },
    ]);
    const done = renderTemplate(body, ctx({ fills: { order: '55-1207', how: 'курьер' } }));
    expect(done.missing).toEqual([]);
    expect(done.text).toBe('Номер заказа: 55-1207. Доставка: курьер. Спасибо!');
    expect(done.text.slice(done.cursor!)).toBe('Спасибо!');
  });

  it('keeps escaped braces and brackets as text, and reports unknown variables', () => {
    const escaped = renderTemplate('\\{ и \\} и \\[ок], {firstName}', ctx());
    expect(escaped.text).toBe('{ и } и [ок], Мария');
    expect(escaped.missing).toEqual([]);
    // Escaped text that reads as a placeholder is still held back by the guard.
    const lookalike = renderTemplate('\\{name\\} и \\[[x]]', ctx());
    expect(lookalike.text).toBe('{name} и [[x]]');
    expect(lookalike.missing.map((item) => item.token)).toEqual(['{name}', '[[x]]']);
    expect(parseTemplate('{nmae} {greeting+1}').problems.map((p) => p.raw)).toEqual([
      '{nmae}',
      '{greeting+1}',
    ]);
    // Unknown variables stay visible and block insertion.
    expect(renderTemplate('Привет, {nmae}!', ctx()).missing).toEqual([
      { kind: 'syntax', token: '{nmae}', problem: 'unknownVariable' },
    ]);
  });
});

describe('braces that are not a variable', () => {
  const problems = (body: string) => parseTemplate(body).problems;

  it('reports an unclosed brace and holds the reply back, whatever the values', () => {
    const r = renderTemplate('Hello {name, how are you', ctx({ locale: 'en' }));
    expect(r.missing).toEqual([{ kind: 'syntax', token: '{name,', problem: 'unclosedBrace' }]);
    expect(r.text).toBe('Hello {name, how are you');
    expect(problems('Итого: { 5 шт.')).toEqual([{ raw: '{', problem: 'unclosedBrace' }]);
    expect(problems('{name')).toEqual([{ raw: '{name', problem: 'unclosedBrace' }]);
    // Closed only on a later line is still unclosed on its own, and the later brace closes nothing.
    expect(problems('{name\nДо свидания}').map((p) => p.problem)).toEqual(['unclosedBrace', 'strayBrace']);
  });

  it('reports a closing brace with nothing open, a brace pair that is not a variable, and double braces', () => {
    expect(problems('Здравствуйте, name}!')).toEqual([{ raw: 'name}', problem: 'strayBrace' }]);
    expect(problems('}')).toEqual([{ raw: '}', problem: 'strayBrace' }]);
    expect(problems('Привет, { name } и {}')).toEqual([
      { raw: '{ name }', problem: 'badBrace' },
      { raw: '{}', problem: 'badBrace' },
    ]);
    expect(problems('Hello {{name}}, {{ first }}')).toEqual([
      { raw: '{{name}}', problem: 'doubleBrace' },
      { raw: '{{ first }}', problem: 'doubleBrace' },
    ]);
    expect(problems('{{')).toEqual([
      { raw: '{{', problem: 'unclosedBrace' },
      { raw: '{', problem: 'unclosedBrace' },
    ]);
    // Once each in the list of what holds the reply back.
    expect(renderTemplate('Hi {{name}} and {{name}}', ctx()).missing).toEqual([
      { kind: 'syntax', token: '{{name}}', problem: 'doubleBrace' },
    ]);
  });

  it('reports a field that is never closed', () => {
    expect(problems('Номер: [[order: Номер заказа')).toEqual([{ raw: '[[order:', problem: 'unclosedFill' }]);
    expect(problems('[ок] и [1]')).toEqual([]);
  });

  it('leaves well-formed templates alone', () => {
    expect(problems('{greeting}, {firstName|друг}! [[order: Номер]] {cursor} \\{ \\}')).toEqual([]);
  });
});

describe('placeholder guard', () => {
  it('finds other tools’ placeholders so they never reach a customer', () => {
    expect(findPlaceholders('Здравствуйте, %%Username%%! {{ name }} [NAME] $name ${order}')).toEqual([
      '%%Username%%',
      '{{ name }}',
      '[NAME]',
      '$name',
      '${order}',
    ]);
  });

  it('leaves ordinary text alone', () => {
    expect(findPlaceholders('Сумма $128, скидка 10% — [ок], 50%% нет, {} и [1]')).toEqual([]);
  });

  it('blocks a template that carries a foreign placeholder', () => {
    const r = renderTemplate('Здравствуйте, %%Username%%!', ctx());
    expect(r.missing).toEqual([{ kind: 'placeholder', token: '%%Username%%' }]);
  });
});
