/** Odoo versions as users write them: "17.0", "saas~17.2", "17.0+e", "Odoo 18", "19.0-20251010". */

export interface OdooVersion {
  major: number;
  minor: number;
  /** Odoo Online intermediate releases (saas~17.2). */
  saas: boolean;
  enterprise: boolean;
}

export function parseOdooVersion(raw: string | undefined | null): OdooVersion | undefined {
  if (!raw) return undefined;
  const text = raw.trim().toLowerCase().slice(0, 60);
  const match = /(saas[~-])?(\d{1,2})(?:\.(\d{1,2}))?/.exec(text);
  if (!match?.[2]) return undefined;
  const major = Number(match[2]);
  if (major < 8 || major > 40) return undefined;
  return {
    major,
    minor: match[3] ? Number(match[3]) : 0,
    saas: Boolean(match[1]),
    enterprise: /\+e\b|enterprise|\be$/.test(text),
  };
}

/** 16.0–18.x join the callback path to the host only; 19.0 keeps a base path (reference §1). */
export function keepsBasePath(version: OdooVersion | undefined): boolean {
  return version !== undefined && version.major >= 19;
}

/** Versions the guide covers. */
export function isCovered(version: OdooVersion): boolean {
  return version.major >= 16;
}
