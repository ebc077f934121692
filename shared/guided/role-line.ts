/**
 * A dream role from one line, as people jot it: "Harbor Climate, Staff
 * engineer", "Staff engineer at Harbor Climate", "Harbor Climate — Staff
 * engineer", or just "Harbor Climate".
 */
export interface RoleLine {
  company: string;
  role: string;
}

const SEPARATORS = [/\s*[,;|]\s*/, /\s+[—–-]\s+/];

/** The company and role a line names, or null for a blank line. */
export function readRoleLine(line: string): RoleLine | null {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  for (const separator of SEPARATORS) {
    const match = separator.exec(text);
    if (match && match.index > 0) {
      return { company: text.slice(0, match.index).trim(), role: text.slice(match.index + match[0].length).trim() };
    }
  }
  const at = / (?:at|@) /i.exec(text);
  if (at && at.index > 0) return { company: text.slice(at.index + at[0].length).trim(), role: text.slice(0, at.index).trim() };
  return { company: text, role: '' };
}
