// The editor kinds the demo desk can show (`?composer=`). Each kind lives in
// its own file in this folder and is registered in composer-registry.ts.
export const COMPOSER_KINDS = [
  'textarea',
  'contenteditable',
  'prosemirror',
  'lexical',
  'slate',
  'draftjs',
  'quill',
  'ckeditor5',
] as const;

export type ComposerKind = (typeof COMPOSER_KINDS)[number];

export const DEFAULT_COMPOSER: ComposerKind = 'textarea';

export function isComposerKind(value: unknown): value is ComposerKind {
  return COMPOSER_KINDS.includes(value as ComposerKind);
}
