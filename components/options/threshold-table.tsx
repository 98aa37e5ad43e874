import { useEffect, useId, useState, type FormEvent } from 'react';
import { formatDuration, parseDuration } from '../../lib/domain/duration';
import { priorityLevels, type PriorityLevel, type ThresholdsByPriority } from '../../lib/domain/thresholds';
import { useI18n } from '../i18n/i18n-context';

export interface ThresholdTableProps {
  value: ThresholdsByPriority;
  onSave: (next: ThresholdsByPriority) => void;
  /** Distinguishes several tables on one page (ids, test hooks). */
  name: string;
}

const fields = ['warnSec', 'targetSec', 'forgottenSec'] as const;
type Field = (typeof fields)[number];
const fieldKey = {
  warnSec: 'thresholdWarn',
  targetSec: 'thresholdTarget',
  forgottenSec: 'thresholdForgotten',
} as const;
const levelKey = { normal: 'levelNormal', priority: 'levelPriorityLong', vip: 'levelVipLong' } as const;

type Draft = Record<PriorityLevel, Record<Field, string>>;

/** Warn / target / forgotten for each priority level, typed as friendly durations. */
export function ThresholdTable({ value, onSave, name }: ThresholdTableProps) {
  const { t, locale } = useI18n();
  const baseId = useId();
  const toDraft = (thresholds: ThresholdsByPriority): Draft =>
    Object.fromEntries(
      priorityLevels.map((level) => [
        level,
        Object.fromEntries(fields.map((field) => [field, formatDuration(thresholds[level][field], locale)])),
      ]),
    ) as Draft;
  const [draft, setDraft] = useState(() => toDraft(value));
  const [errors, setErrors] = useState<string[]>([]);
  const valueKey = JSON.stringify(value);
  // A save elsewhere (or the stored value arriving) resets the draft.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setDraft(toDraft(value)), [valueKey, locale]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: string[] = [];
    const next = {} as ThresholdsByPriority;
    for (const level of priorityLevels) {
      const set = {} as Record<Field, number>;
      for (const field of fields) {
        const seconds = parseDuration(draft[level][field]);
        if (seconds === null) problems.push(t('durationInvalid', { value: draft[level][field] }));
        else set[field] = seconds;
      }
      if (set.warnSec > set.targetSec || set.targetSec > set.forgottenSec) {
        problems.push(t('thresholdOrder', { level: t(levelKey[level]) }));
      }
      next[level] = set;
    }
    setErrors(problems);
    if (problems.length === 0) onSave(next);
  };

  return (
    <form className="nz-thresholds" onSubmit={submit} data-testid={`nz-thresholds-${name}`}>
      <table>
        <thead>
          <tr>
            <th scope="col" />
            {fields.map((field) => (
              <th scope="col" key={field}>
                {t(fieldKey[field])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {priorityLevels.map((level) => (
            <tr key={level}>
              <th scope="row">{t(levelKey[level])}</th>
              {fields.map((field) => (
                <td key={field}>
                  <input
                    type="text"
                    inputMode="text"
                    id={`${baseId}-${level}-${field}`}
                    name={`${level}.${field}`}
                    aria-label={`${t(levelKey[level])}: ${t(fieldKey[field])}`}
                    value={draft[level][field]}
                    onChange={(event) =>
                      setDraft((current) => ({
                        ...current,
                        [level]: { ...current[level], [field]: event.target.value },
                      }))
                    }
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > 0 && (
        <ul className="nz-error" role="alert">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      <button type="submit" className="nz-button">
        {t('optionsSave')}
      </button>
    </form>
  );
}
