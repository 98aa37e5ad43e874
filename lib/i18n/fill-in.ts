/** A message with its `{name}` placeholders filled in; a placeholder without a value stays as written. */
export function fillIn(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
