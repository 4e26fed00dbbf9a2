import { z } from 'zod';
import { Currency, Id, MAX_AMOUNT, optionalDay, optionalText, PageInput, requiredText, tooMuch, type Stamps } from './common';
import { isCountry } from './countries';
import { fallOffRemedies } from './placements';

export const clientStatuses = ['prospect', 'active', 'dormant'] as const;
export type ClientStatus = (typeof clientStatuses)[number];

export const contactRoles = ['hiring_manager', 'hr', 'talent_acquisition', 'executive', 'other'] as const;
export type ContactRole = (typeof contactRoles)[number];

const Website = optionalText(300).refine(
  (v) => v === null || /^(https?:\/\/)?[\w-]+(\.[\w-]+)+([/?#]\S*)?$/i.test(v),
  'Use a web address like acme.com or https://acme.com',
);

/** How the agency is paid for a placement with this client. */
export const FeeTerms = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('percentage'),
    percent: z
      .number({ message: 'Enter the fee as a percentage of first-year salary' })
      .gt(0, 'The fee must be more than 0%')
      .max(100, 'The fee cannot be more than 100%'),
  }),
  z.strictObject({
    type: z.literal('flat'),
    amount: z.number({ message: 'Enter the flat fee amount' }).gt(0, 'The flat fee must be more than 0').max(MAX_AMOUNT, tooMuch('flat fee')),
    currency: Currency,
  }),
]);
export type FeeTerms = z.infer<typeof FeeTerms>;

/** What the agency owes the client when a placement falls off inside the guarantee. */
export const FallOffTerms = z
  .strictObject({
    remedy: z.enum(fallOffRemedies, { message: 'Choose a refund, a share of the fee back, or a free replacement' }),
    /** For a share back: how much of the fee, in %. */
    refundPercent: z.number().gt(0, 'The share must be more than 0%').max(100, 'The share cannot be more than 100%').nullable().default(null),
  })
  .refine((terms) => terms.remedy !== 'partial_refund' || terms.refundPercent !== null, {
    message: 'Enter the share of the fee given back',
    path: ['refundPercent'],
  });
export type FallOffTerms = z.output<typeof FallOffTerms>;

const clientFields = {
  name: requiredText(200, 'Enter the client’s name'),
  industry: optionalText(200),
  website: Website,
  location: optionalText(200),
  /** ISO 3166 ("DE"): a new job there is paid in its currency. */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .transform((v) => (v === '' ? null : v))
    .refine((v) => v === null || isCountry(v), 'Choose a country from the list')
    .nullable(),
  status: z.enum(clientStatuses, { message: 'Choose prospect, active or dormant' }),
  fee: FeeTerms.nullable(),
  guaranteeDays: z
    .number({ message: 'Enter the guarantee period in days' })
    .int('Use whole days')
    .min(0, 'The guarantee cannot be negative')
    .max(730, 'A guarantee longer than two years is not plausible')
    .nullable(),
  relationship: optionalText(10_000),
  /** Days the client has to pay an invoice. */
  paymentTermsDays: z
    .number({ message: 'Enter the payment terms in days' })
    .int('Use whole days')
    .min(0, 'Payment terms cannot be negative')
    .max(365, 'Payment terms longer than a year are not plausible')
    .nullable(),
  fallOff: FallOffTerms.nullable(),
};

export const ClientCreateInput = z.strictObject({
  ...clientFields,
  industry: clientFields.industry.default(null),
  website: clientFields.website.default(null),
  location: clientFields.location.default(null),
  country: clientFields.country.default(null),
  status: clientFields.status.default('prospect'),
  fee: clientFields.fee.default(null),
  guaranteeDays: clientFields.guaranteeDays.default(null),
  relationship: clientFields.relationship.default(null),
  paymentTermsDays: clientFields.paymentTermsDays.default(null),
  fallOff: clientFields.fallOff.default(null),
});
export type ClientCreateInput = z.input<typeof ClientCreateInput>;

export const ClientUpdateInput = z.strictObject({ id: Id }).extend(z.strictObject(clientFields).partial().shape);
export type ClientUpdateInput = z.input<typeof ClientUpdateInput>;

export const clientSorts = ['name', 'updated'] as const;
export const ClientListInput = z.strictObject({
  query: z.string().trim().max(200).default(''),
  status: z.enum(clientStatuses).nullable().default(null),
  sort: z.enum(clientSorts).default('name'),
  /** Only clients carrying this tag ('' for any). */
  tag: z.string().trim().max(60).default(''),
  ...PageInput,
});
export type ClientListInput = z.input<typeof ClientListInput>;

export interface Client extends Stamps {
  name: string;
  industry: string | null;
  website: string | null;
  location: string | null;
  country: string | null;
  status: ClientStatus;
  fee: FeeTerms | null;
  guaranteeDays: number | null;
  relationship: string | null;
  paymentTermsDays: number | null;
  fallOff: FallOffTerms | null;
}

export interface ClientSummary {
  id: string;
  name: string;
  industry: string | null;
  location: string | null;
  status: ClientStatus;
  contactCount: number;
  updatedAt: string;
  tags: string[];
}

const contactFields = {
  name: requiredText(200, 'Enter the contact’s name'),
  role: z.enum(contactRoles, { message: 'Choose the contact’s role' }),
  jobTitle: optionalText(200),
  email: optionalText(320).refine(
    (v) => v === null || z.email().safeParse(v).success,
    'Use an email address like name@company.com',
  ),
  phone: optionalText(40).refine(
    (v) => v === null || /^\+?[\d\s().\-–]{5,}(\s*(x|ext\.?)\s*\d+)?$/i.test(v),
    'Use a phone number made of digits, spaces and + ( ) -',
  ),
  caresAbout: optionalText(10_000),
  lastContactedOn: optionalDay,
};

export const ContactCreateInput = z.strictObject({
  clientId: Id,
  ...contactFields,
  role: contactFields.role.default('other'),
  jobTitle: contactFields.jobTitle.default(null),
  email: contactFields.email.default(null),
  phone: contactFields.phone.default(null),
  caresAbout: contactFields.caresAbout.default(null),
  lastContactedOn: contactFields.lastContactedOn.default(null),
});
export type ContactCreateInput = z.input<typeof ContactCreateInput>;

export const ContactUpdateInput = z.strictObject({ id: Id }).extend(z.strictObject(contactFields).partial().shape);
export type ContactUpdateInput = z.input<typeof ContactUpdateInput>;

export interface Contact extends Stamps {
  clientId: string;
  name: string;
  role: ContactRole;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  caresAbout: string | null;
  lastContactedOn: string | null;
}

export interface ClientDetail {
  client: Client;
  contacts: Contact[];
  /** Each contact's tags, by the contact's id (a contact without tags is left out). */
  contactTags: Record<string, string[]>;
}
