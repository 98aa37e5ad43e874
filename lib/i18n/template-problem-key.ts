import type { Missing } from '../domain/template/render';
import type { SyntaxProblemCode } from '../domain/template/syntax';
import type { TemplateFileProblemCode } from '../domain/template/template-file';
import type { MessageKey, Translate } from './messages';

/** The message for each thing that can be wrong with a template or a template file. */
export const templateProblemKey: Record<TemplateFileProblemCode, MessageKey> = {
  'too-large': 'templatesProblemTooLarge',
  empty: 'templatesProblemEmpty',
  binary: 'templatesProblemBinary',
  'not-utf8': 'templatesProblemNotUtf8',
  'not-json': 'templatesProblemNotJson',
  'foreign-kind': 'templatesProblemForeignKind',
  'profile-file': 'templatesProblemProfileFile',
  'newer-version': 'templatesProblemNewerVersion',
  'not-a-list': 'templatesProblemNotAList',
  'no-templates': 'templatesProblemNoTemplates',
  'csv-syntax': 'templatesProblemCsvSyntax',
  'cell-count': 'templatesProblemCellCount',
  'missing-column': 'templatesProblemMissingColumn',
  'unknown-column': 'templatesProblemUnknownColumn',
  'repeated-column': 'templatesProblemRepeatedColumn',
  required: 'templatesProblemRequired',
  'too-long': 'templatesProblemTooLong',
  'too-many': 'templatesProblemTooMany',
  language: 'templatesProblemLanguage',
  shortcut: 'templatesProblemShortcut',
  'wrong-type': 'templatesProblemWrongType',
  invalid: 'templatesProblemInvalid',
  'same-id': 'templatesProblemSameId',
  'same-shortcut': 'templatesProblemSameShortcut',
};

/** Why a template body cannot be inserted as written; the two oldest keep the general wording. */
export const syntaxProblemKey: Record<SyntaxProblemCode, MessageKey> = {
  unknownVariable: 'templatesUnresolved',
  badFill: 'templatesUnresolved',
  unclosedBrace: 'templatesUnclosedBrace',
  strayBrace: 'templatesStrayBrace',
  badBrace: 'templatesBadBrace',
  doubleBrace: 'templatesDoubleBrace',
  unclosedFill: 'templatesUnclosedFill',
};

/** Why a rendered template is held back, as the editor's preview and the palette say it. */
export function unresolvedMessage(item: Missing, t: Translate): string {
  const key = item.kind === 'syntax' ? syntaxProblemKey[item.problem] : 'templatesUnresolved';
  return t(key, { token: item.token });
}
