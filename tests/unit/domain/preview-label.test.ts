import { describe, expect, it } from 'vitest';
import { previewIconAuthor, previewLabel } from '../../../lib/domain/preview-label';

describe('previewLabel', () => {
  it.each([
    ['You: Sent the label', { author: 'operator', text: 'Sent the label' }],
    ['Вы: Отправил трек-номер', { author: 'operator', text: 'Отправил трек-номер' }],
    ['Me: done', { author: 'operator', text: 'done' }],
    ['Note: promised a call back', { author: 'note', text: 'promised a call back' }],
    ['Заметка: перезвонить', { author: 'note', text: 'перезвонить' }],
    ['Internal note: escalated', { author: 'note', text: 'escalated' }],
    ['✎ ждём склад', { author: 'note', text: 'ждём склад' }],
    ['Бот: Оцените диалог', { author: 'bot', text: 'Оцените диалог' }],
  ])('reads %j', (preview, expected) => {
    expect(previewLabel(preview)).toEqual(expected);
  });

  it.each([
    'Where is my order?',
    'Meeting: tomorrow?',
    'Memo:x',
    'You:x',
    'Вы когда ответите?',
    'Notebook broken',
  ])('leaves a customer text alone: %j', (preview) => {
    expect(previewLabel(preview)).toBeNull();
  });
});

describe('previewIconAuthor', () => {
  it.each([
    [['icon icon--reply'], 'operator'],
    [['arrowReplyIcon'], 'operator'],
    [['svg-icon', 'Вы ответили'], 'operator'],
    [['fa fa-lock'], 'note'],
    [['#icon-private-note'], 'note'],
    [['material-icons', 'smart_toy', 'Bot'], 'bot'],
  ] as const)('reads %j', (names, expected) => {
    expect(previewIconAuthor(names)).toBe(expected);
  });

  it.each([[['icon icon--paperclip']], [['avatar']], [[]], [['reply-note']], [['lockscreen']]])(
    'says nothing when no whole word tells, or words disagree: %j',
    (names) => {
      expect(previewIconAuthor(names)).toBeNull();
    },
  );
});
