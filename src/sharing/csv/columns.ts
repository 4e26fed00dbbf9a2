import { csvFieldLabels, csvFields, csvMultiColumnFields, type CsvField, type CsvKind } from '../../api/csv';

/**
 * The headers other tools write for each field: LinkedIn (connections and Recruiter exports),
 * Bullhorn, OpenCATS and generic spreadsheets. Compared by `headerKey`, so "E-mail Address" and
 * "email address" are the same; each field's own label is recognised too, so an export from
 * Shortlist maps itself.
 */
const aliases: { [K in CsvKind]: Partial<Record<CsvField<K>, string[]>> } = {
  candidates: {
    name: ['full name', 'candidate name', 'candidate', 'display name'],
    firstName: ['first', 'given name', 'forename'],
    lastName: ['last', 'surname', 'family name'],
    emails: ['email', 'e-mail', 'email address', 'email addresses', 'email 1', 'email 2', 'email 3', '2nd e-mail',
      'primary email', 'secondary email', 'personal email', 'work email', 'other email', 'mail'],
    phones: ['phone', 'phone number', 'phone numbers', 'mobile', 'mobile phone', 'mobile number', 'cell', 'cell phone',
      'home phone', 'work phone', 'other phone', 'telephone', 'tel', 'phone 1', 'phone 2'],
    location: ['city', 'state', 'country', 'region', 'province', 'town', 'current location', 'address city',
      'address state', 'address country'],
    currentTitle: ['title', 'job title', 'position', 'current position', 'occupation'],
    currentEmployer: ['employer', 'company', 'company name', 'current company', 'organization', 'organisation'],
    skills: ['skill', 'key skills', 'primary skills', 'secondary skills', 'skill set', 'specialties', 'specialities', 'expertise'],
    source: ['candidate source', 'lead source', 'referral source', 'sourced from'],
    salaryExpectation: ['salary expectations', 'expected salary', 'desired salary', 'desired pay', 'salary requirements', 'target salary'],
    'salaryExpectation.currency': ['currency'],
    availability: ['available', 'date available', 'available from', 'notice period'],
    workAuthorisation: ['work authorization', 'work permit', 'visa', 'visa status', 'right to work', 'work eligibility'],
    links: ['link', 'url', 'urls', 'profile url', 'public profile url', 'linkedin', 'linkedin url', 'linkedin profile',
      'website', 'web site', 'portfolio', 'github', 'personal website'],
    owner: ['recruiter', 'candidate owner', 'record owner', 'assigned to'],
    'consent.basis': ['lawful basis', 'legal basis', 'gdpr basis'],
    'consent.on': ['consent on', 'consent given on', 'date of consent'],
    'screening.whyLooking': ['why looking', 'reason for looking', 'reason for leaving'],
    'screening.careerProgression': ['career progression'],
    'screening.certifications': ['certifications', 'certificates'],
    'screening.commute': ['commute', 'commute and location'],
    'screening.salary': ['current salary', 'current pay'],
  },
  contacts: {
    client: ['company name', 'client', 'client name', 'client corporation', 'account', 'account name', 'organization',
      'organisation', 'employer', 'current company'],
    name: ['full name', 'contact name', 'display name'],
    firstName: ['first', 'given name', 'forename'],
    lastName: ['last', 'surname', 'family name'],
    role: ['contact role', 'contact type'],
    jobTitle: ['title', 'position', 'occupation', 'current title'],
    email: ['e-mail', 'email address', 'work email', 'business email', 'primary email', 'email 1', 'mail'],
    phone: ['work phone', 'phone number', 'business phone', 'office phone', 'direct line', 'mobile', 'mobile phone',
      'cell phone', 'telephone', 'tel'],
    caresAbout: ['notes', 'comments', 'priorities'],
    lastContactedOn: ['last contacted', 'last contact', 'last contact date', 'last visit', 'last visit date'],
  },
  clients: {
    name: ['company', 'company name', 'client', 'client name', 'client corporation', 'account', 'account name',
      'organization', 'organisation'],
    industry: ['sector', 'vertical'],
    website: ['web site', 'url', 'company url', 'homepage', 'company website', 'domain'],
    location: ['city', 'state', 'country', 'region', 'province', 'headquarters', 'address city', 'address state',
      'address country'],
    status: ['client status', 'account status', 'company status'],
    fee: ['fees', 'fee terms', 'fee arrangement', 'placement fee', 'fee %'],
    guaranteeDays: ['guarantee', 'guarantee period'],
    relationship: ['notes', 'comments'],
  },
};

/** What another tool calls "Candidate Email" is our email: a leading word naming the kind is dropped. */
const kindWords: Record<CsvKind, string[]> = {
  candidates: ['candidate'],
  contacts: ['contact'],
  clients: ['client', 'company', 'account'],
};

/** How headers are compared: letters and digits only, without accents or case. */
function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const byHeader = new Map(
  (Object.keys(aliases) as CsvKind[]).map((kind) => {
    const keys = new Map<string, CsvField>();
    for (const field of csvFields[kind]) {
      const names = [csvFieldLabels[field], field, ...((aliases[kind] as Record<string, string[]>)[field] ?? [])];
      for (const name of names) {
        const key = headerKey(name);
        const other = keys.get(key);
        if (other && other !== field) throw new Error(`The ${kind} header “${name}” would name both ${other} and ${field}.`);
        keys.set(key, field);
      }
    }
    return [kind, keys] as const;
  }),
);

/** The field a header names, for this kind of record, if it names one. */
function fieldForHeader(kind: CsvKind, header: string): CsvField | null {
  const keys = byHeader.get(kind)!;
  const key = headerKey(header);
  const exact = keys.get(key);
  if (exact) return exact;
  const word = kindWords[kind].find((w) => key.startsWith(w) && key.length > w.length);
  return (word && keys.get(key.slice(word.length))) || null;
}

/** The mapping an import starts from: each header's field, the first column only for a one-column field. */
export function suggestMapping(kind: CsvKind, headers: readonly string[]): (CsvField | null)[] {
  const taken = new Set<CsvField>();
  return headers.map((header) => {
    const field = fieldForHeader(kind, header);
    if (!field || (taken.has(field) && !csvMultiColumnFields.includes(field))) return null;
    taken.add(field);
    return field;
  });
}
