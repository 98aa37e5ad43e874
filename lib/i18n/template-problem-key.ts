import type { TemplateFileProblemCode } from '../domain/template/template-file';
import type { MessageKey } from './messages';

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
