import { describe, expect, it } from 'vitest';
import type { CsvKind } from '../../src/api/csv';
import { importCsv, previewCsv, windows1252 } from './csv-helpers';
import { freshApp, type TestApp } from './helpers';

/**
 * A file as each tool (or a recruiter's spreadsheet in each language) writes it, written for these
 * tests: its real headers, one row with accents, and the way it is saved (a byte-order mark,
 * Windows-1252, semicolons or tabs, a quoted line break). Each says where every value must land:
 * the fields of the record, its tags, and the columns kept in its note. Together they are the
 * whole row: nothing may be dropped.
 */
interface Fixture {
  tool: string;
  kind: CsvKind;
  file: Buffer | string;
  fields: Record<string, unknown>;
  /** The headers kept as a note, in file order, with their values. */
  note: [header: string, value: string][];
  tags?: string[];
}

const bom = (text: string) => Buffer.from(`\uFEFF${text}`);
const lines = (...rows: string[]) => rows.join('\r\n');

const fixtures: Fixture[] = [
  {
    tool: 'LinkedIn Connections',
    kind: 'candidates',
    file: lines(
      'Notes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Zoë,Ångström,https://www.linkedin.com/in/zoe,zoe@example.com,Nordlys AS,"Head of Data, Nordics",12 Mar 2024',
    ),
    fields: {
      name: 'Zoë Ångström',
      links: ['https://www.linkedin.com/in/zoe'],
      emails: ['zoe@example.com'],
      currentEmployer: 'Nordlys AS',
      currentTitle: 'Head of Data, Nordics',
    },
    note: [['Connected On', '12 Mar 2024']],
  },
  {
    tool: 'LinkedIn Recruiter',
    kind: 'candidates',
    file: lines(
      'First Name,Last Name,Headline,Location,Current Title,Current Company,Email,Phone,Public Profile URL,Project,Status,Notes,Tags',
      'José,Núñez,Backend engineer at Glovo,"Barcelona, Spain",Senior Engineer,Glovo,jose@example.es,+34 600 123 456,linkedin.com/in/josenunez,Backend Q1,Contacted,"Met at PyCon\nopen to Berlin",python; remote',
    ),
    fields: {
      name: 'José Núñez',
      location: 'Barcelona, Spain',
      currentTitle: 'Senior Engineer',
      currentEmployer: 'Glovo',
      emails: ['jose@example.es'],
      phones: ['+34 600 123 456'],
      links: ['https://linkedin.com/in/josenunez'],
    },
    note: [
      ['Headline', 'Backend engineer at Glovo'],
      ['Project', 'Backend Q1'],
      ['Status', 'Contacted'],
      ['Notes', 'Met at PyCon\nopen to Berlin'],
    ],
    tags: ['python', 'remote'],
  },
  {
    tool: 'LinkedIn Talent Hub',
    kind: 'candidates',
    file: lines(
      'Candidate name,Email,Phone,Job,Stage,Source,Applied on,Location,Current company,Current title,LinkedIn profile',
      'Søren Kierkegaard,soren@example.dk,+45 20 12 34 56,Data Analyst,Phone screen,Careers page,2026-10-02,Copenhagen,Ørsted,Analyst,https://www.linkedin.com/in/soren',
    ),
    fields: {
      name: 'Søren Kierkegaard',
      emails: ['soren@example.dk'],
      phones: ['+45 20 12 34 56'],
      source: 'Careers page',
      location: 'Copenhagen',
      currentEmployer: 'Ørsted',
      currentTitle: 'Analyst',
      links: ['https://www.linkedin.com/in/soren'],
    },
    note: [
      ['Job', 'Data Analyst'],
      ['Stage', 'Phone screen'],
      ['Applied on', '2026-10-02'],
    ],
  },
  {
    tool: 'Bullhorn candidates (Windows-1252)',
    kind: 'candidates',
    file: windows1252(
      lines(
        'Candidate ID,First Name,Last Name,Email,Email 2,Mobile Phone,Home Phone,Work Phone,City,State,Country,Current Company,Title,Primary Skills,Desired Salary,Source,Owner,Date Available,Status,Comments',
        '4711,Chloé,O’Brien,chloe@example.ie,chloe.obrien@home.example,+353 87 123 4567,+353 1 234 5678,+353 1 765 4321,Dublin,Leinster,Ireland,Stripe,Product Manager,"Roadmaps; SQL",€95000,Referral,Kim Lee,2027-01-15,Active,“Great” – call after 5',
      ),
    ),
    fields: {
      name: 'Chloé O’Brien',
      emails: ['chloe@example.ie', 'chloe.obrien@home.example'],
      phones: ['+353 87 123 4567', '+353 1 234 5678', '+353 1 765 4321'],
      location: 'Dublin, Leinster, Ireland',
      currentEmployer: 'Stripe',
      currentTitle: 'Product Manager',
      skills: ['Roadmaps', 'SQL'],
      salaryExpectation: { amount: 95000, currency: 'EUR' },
      source: 'Referral',
      owner: 'Kim Lee',
      availability: '2027-01-15',
    },
    note: [
      ['Candidate ID', '4711'],
      ['Status', 'Active'],
      ['Comments', '“Great” – call after 5'],
    ],
  },
  {
    tool: 'OpenCATS candidates, as its export writes them',
    kind: 'candidates',
    file: lines(
      'First Name,Last Name,E-Mail,2nd E-Mail,Home Phone,Cell Phone,Work Phone,City,State,Zip,Web Site,Key Skills,Source,Current Employer,Current Pay,Desired Pay,Can Relocate,Date Available,Notes',
      'Amélie,Poulain,amelie@example.fr,,,06 11 22 33 44,,Paris,IDF,75018,amelie.example.fr,"Café, Service",Monster,Café des 2 Moulins,28000 EUR,32000 EUR,No,ASAP,"Knows every regular\r\nby name"',
    ),
    fields: {
      name: 'Amélie Poulain',
      emails: ['amelie@example.fr'],
      phones: ['06 11 22 33 44'],
      location: 'Paris, IDF',
      links: ['https://amelie.example.fr'],
      skills: ['Café', 'Service'],
      source: 'Monster',
      currentEmployer: 'Café des 2 Moulins',
      screening: expect.objectContaining({ salary: '28000 EUR' }),
      salaryExpectation: { amount: 32000, currency: 'EUR' },
      availability: 'ASAP',
    },
    note: [
      ['Zip', '75018'],
      ['Can Relocate', 'No'],
      ['Notes', 'Knows every regular\r\nby name'],
    ],
  },
  {
    tool: 'OpenCATS candidates, as its database columns',
    kind: 'candidates',
    file: lines(
      'candidate_id,first_name,last_name,email1,email2,phone_home,phone_cell,phone_work,city,state,key_skills,source,current_employer,current_pay,desired_pay,web_site,date_available,notes,date_created',
      '88,Bjørn,Ødegård,bjorn@example.no,bjorn@work.example,,+47 912 34 567,,Oslo,,"Java, Kotlin",Finn.no,Vipps,,900000 NOK,,2027-02-01,Prefers hybrid,2025-04-01 10:00:00',
    ),
    fields: {
      name: 'Bjørn Ødegård',
      emails: ['bjorn@example.no', 'bjorn@work.example'],
      phones: ['+47 912 34 567'],
      location: 'Oslo',
      skills: ['Java', 'Kotlin'],
      source: 'Finn.no',
      currentEmployer: 'Vipps',
      salaryExpectation: { amount: 900000, currency: 'NOK' },
      availability: '2027-02-01',
    },
    note: [
      ['candidate_id', '88'],
      ['notes', 'Prefers hybrid'],
      ['date_created', '2025-04-01 10:00:00'],
    ],
  },
  {
    tool: 'Zoho Recruit',
    kind: 'candidates',
    file: lines(
      'Candidate ID,First Name,Last Name,Email,Secondary Email,Phone,Mobile,City,Country,Experience in Years,Current Job Title,Current Employer,Expected Salary,Current Salary,Skill Set,Candidate Status,Source,Candidate Owner,Skype ID,LinkedIn',
      'ZR_101,Łukasz,Wiśniewski,lukasz@example.pl,lw@home.example,+48 22 123 45 67,+48 501 234 567,Kraków,Poland,7,DevOps Engineer,Comarch,"180,000 PLN","150,000 PLN",Kubernetes; Terraform,Screening,Job board,Anna Nowak,lukasz.w,linkedin.com/in/lukasz',
    ),
    fields: {
      name: 'Łukasz Wiśniewski',
      emails: ['lukasz@example.pl', 'lw@home.example'],
      phones: ['+48 22 123 45 67', '+48 501 234 567'],
      location: 'Kraków, Poland',
      currentTitle: 'DevOps Engineer',
      currentEmployer: 'Comarch',
      salaryExpectation: { amount: 180000, currency: 'PLN' },
      screening: expect.objectContaining({ salary: '150,000 PLN' }),
      skills: ['Kubernetes', 'Terraform'],
      source: 'Job board',
      owner: 'Anna Nowak',
      links: ['https://linkedin.com/in/lukasz'],
    },
    note: [
      ['Candidate ID', 'ZR_101'],
      ['Experience in Years', '7'],
      ['Candidate Status', 'Screening'],
      ['Skype ID', 'lukasz.w'],
    ],
  },
  {
    tool: 'Recruit CRM',
    kind: 'candidates',
    file: lines(
      'First Name,Last Name,Email,Contact Number,Position,Current Organization,City,Country,Skills,Salary Expectation,Current Salary,Notice Period,Source,LinkedIn,Github,Owner,Stage,Tags',
      'Ana,Ivanović,ana@example.rs,+381 64 123 4567,QA Lead,Nordeus,Belgrade,Serbia,"Cypress, Playwright",60k EUR,50k EUR,1 month,Website,linkedin.com/in/ana,github.com/ana,Marko,Submitted,"QA, leadership"',
    ),
    fields: {
      name: 'Ana Ivanović',
      emails: ['ana@example.rs'],
      phones: ['+381 64 123 4567'],
      currentTitle: 'QA Lead',
      currentEmployer: 'Nordeus',
      location: 'Belgrade, Serbia',
      skills: ['Cypress', 'Playwright'],
      salaryExpectation: { amount: 60000, currency: 'EUR' },
      availability: '1 month',
      source: 'Website',
      links: ['https://linkedin.com/in/ana', 'https://github.com/ana'],
      owner: 'Marko',
    },
    note: [['Stage', 'Submitted']],
    tags: ['leadership', 'QA'],
  },
  {
    tool: 'JobAdder',
    kind: 'candidates',
    file: lines(
      'First Name,Last Name,Email,Mobile,Phone,Current Position,Current Employer,Suburb,State,Country,Source,Status,Salary Expectation,Notice Period,Rating',
      'Māui,Ngāta,maui@example.nz,+64 21 123 4567,+64 9 123 4567,Site Manager,Fletcher,Ponsonby,Auckland,New Zealand,Seek,Available,"120,000 NZD",4 weeks,4',
    ),
    fields: {
      name: 'Māui Ngāta',
      emails: ['maui@example.nz'],
      phones: ['+64 21 123 4567', '+64 9 123 4567'],
      currentTitle: 'Site Manager',
      currentEmployer: 'Fletcher',
      location: 'Ponsonby, Auckland, New Zealand',
      source: 'Seek',
      salaryExpectation: { amount: 120000, currency: 'NZD' },
      availability: '4 weeks',
    },
    note: [
      ['Status', 'Available'],
      ['Rating', '4'],
    ],
  },
  {
    tool: 'Manatal',
    kind: 'candidates',
    file: lines(
      'Full Name,Email,Phone Number,Address,Current Position,Current Company,Nationality,Tags,Source,Description,LinkedIn URL,Expected Salary,Currency,Notice Period',
      'Nguyễn Thị Hương,huong@example.vn,+84 90 123 4567,Hà Nội,Accountant,VinGroup,Vietnamese,Finance,Facebook,"Fluent in English,\nCPA candidate",https://linkedin.com/in/huong,30000000,VND,30 days',
    ),
    fields: {
      name: 'Nguyễn Thị Hương',
      emails: ['huong@example.vn'],
      phones: ['+84 90 123 4567'],
      location: 'Hà Nội',
      currentTitle: 'Accountant',
      currentEmployer: 'VinGroup',
      source: 'Facebook',
      links: ['https://linkedin.com/in/huong'],
      salaryExpectation: { amount: 30000000, currency: 'VND' },
      availability: '30 days',
    },
    note: [
      ['Nationality', 'Vietnamese'],
      ['Description', 'Fluent in English,\nCPA candidate'],
    ],
    tags: ['Finance'],
  },
  {
    tool: 'Greenhouse',
    kind: 'candidates',
    file: lines(
      'Candidate ID,First Name,Last Name,Company,Title,Email (Personal),Email (Work),Phone (Mobile),Phone (Home),Website,Source,Recruiter,Tags,Job,Stage,Status',
      '123456,Ingrid,Bergström,Spotify,Staff Engineer,ingrid@example.se,ingrid@spotify.example,+46 70 123 45 67,,https://ingrid.dev,LinkedIn (Prospecting),Alex Kim,"Backend, Referral",Platform Engineer,Onsite,Active',
    ),
    fields: {
      name: 'Ingrid Bergström',
      currentEmployer: 'Spotify',
      currentTitle: 'Staff Engineer',
      emails: ['ingrid@example.se', 'ingrid@spotify.example'],
      phones: ['+46 70 123 45 67'],
      links: ['https://ingrid.dev'],
      source: 'LinkedIn (Prospecting)',
      owner: 'Alex Kim',
    },
    note: [
      ['Candidate ID', '123456'],
      ['Job', 'Platform Engineer'],
      ['Stage', 'Onsite'],
      ['Status', 'Active'],
    ],
    tags: ['Backend', 'Referral'],
  },
  {
    tool: 'Lever',
    kind: 'candidates',
    file: lines(
      'Name,Email,Phone,Location,Current company,Current title,Links,Tags,Sources,Origin,Stage,Owner,Created At',
      'Siobhán Ní Bhriain,siobhan@example.ie,+353 86 765 4321,Galway,Intercom,Designer,"https://dribbble.com/siobhan, https://siobhan.design",Design,Referral,referred,New applicant,Pat Doyle,2026-09-30T12:00:00Z',
    ),
    fields: {
      name: 'Siobhán Ní Bhriain',
      emails: ['siobhan@example.ie'],
      phones: ['+353 86 765 4321'],
      location: 'Galway',
      currentEmployer: 'Intercom',
      currentTitle: 'Designer',
      links: ['https://dribbble.com/siobhan', 'https://siobhan.design'],
      source: 'Referral',
      owner: 'Pat Doyle',
    },
    note: [
      ['Origin', 'referred'],
      ['Stage', 'New applicant'],
      ['Created At', '2026-09-30T12:00:00Z'],
    ],
    tags: ['Design'],
  },
  {
    tool: 'Outlook contacts',
    kind: 'contacts',
    file: bom(
      lines(
        'First Name,Middle Name,Last Name,Title,Company,Department,Job Title,Business Phone,Mobile Phone,E-mail Address,E-mail 2 Address,Notes,Categories,Web Page',
        'François,Marie,Dubois,Dr.,Sanofi,R&D,Head of Talent,+33 1 53 77 40 00,+33 6 98 76 54 32,francois.dubois@sanofi.example,fd@home.example,"Cares about time to hire,\nnot fees",Pharma;Key account,sanofi.example',
      ),
    ),
    fields: {
      name: 'François Dubois',
      jobTitle: 'Head of Talent',
      phone: '+33 1 53 77 40 00',
      email: 'francois.dubois@sanofi.example',
      caresAbout: 'Cares about time to hire,\nnot fees',
    },
    note: [
      ['Middle Name', 'Marie'],
      ['Title', 'Dr.'],
      ['Department', 'R&D'],
      ['Mobile Phone', '+33 6 98 76 54 32'],
      ['E-mail 2 Address', 'fd@home.example'],
      ['Web Page', 'sanofi.example'],
    ],
    tags: ['Key account', 'Pharma'],
  },
  {
    tool: 'Google contacts',
    kind: 'contacts',
    file: lines(
      'First Name,Middle Name,Last Name,Nickname,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Organization Name,Organization Title,Organization Department',
      'Kenji,,Tanaka,Ken,1985-04-12,Met at the Tokyo fair,* myContacts ::: Clients,Work,kenji@toyota.example,Home,kenji@home.example,Mobile,+81 90 1234 5678,Toyota,HR Director,People',
    ),
    fields: {
      name: 'Kenji Tanaka',
      caresAbout: 'Met at the Tokyo fair',
      email: 'kenji@toyota.example',
      phone: '+81 90 1234 5678',
      jobTitle: 'HR Director',
    },
    note: [
      ['Nickname', 'Ken'],
      ['Birthday', '1985-04-12'],
      ['E-mail 1 - Label', 'Work'],
      ['E-mail 2 - Label', 'Home'],
      ['E-mail 2 - Value', 'kenji@home.example'],
      ['Phone 1 - Label', 'Mobile'],
      ['Organization Department', 'People'],
    ],
    tags: ['Clients', 'myContacts'],
  },
  {
    tool: 'Bullhorn companies',
    kind: 'clients',
    file: lines(
      'Client Corporation,Status,Industry,Phone,Address,City,State,Country,Company URL,Fee Arrangement,Notes',
      'Müller & Söhne KG,Active,Manufacturing,+49 711 123456,Königstraße 1,Stuttgart,BW,Germany,mueller-soehne.example,22%,"Pays in 60 days;\nloyal since 2019"',
    ),
    fields: {
      name: 'Müller & Söhne KG',
      status: 'active',
      industry: 'Manufacturing',
      location: 'Stuttgart, BW, Germany',
      website: 'https://mueller-soehne.example',
      fee: { type: 'percentage', percent: 22 },
      relationship: 'Pays in 60 days;\nloyal since 2019',
    },
    note: [
      ['Phone', '+49 711 123456'],
      ['Address', 'Königstraße 1'],
    ],
  },
  {
    tool: 'Zoho Recruit clients',
    kind: 'clients',
    file: lines(
      'Client Name,Industry,Website,Contact Number,Billing City,Billing Country,Account Manager,About',
      'Électricité du Nord,Energy,edn.example,+33 3 20 00 00 00,Lille,France,Claire,Grid operator',
    ),
    fields: { name: 'Électricité du Nord', industry: 'Energy', website: 'https://edn.example', location: 'Lille, France' },
    note: [
      ['Contact Number', '+33 3 20 00 00 00'],
      ['Account Manager', 'Claire'],
      ['About', 'Grid operator'],
    ],
  },
  {
    tool: 'a German spreadsheet (Excel: semicolons, Windows-1252)',
    kind: 'candidates',
    file: windows1252(
      lines(
        'Vorname;Nachname;E-Mail;Telefon;Handy;Firma;Position;Ort;Land;Fähigkeiten;Gehaltsvorstellung;Verfügbarkeit;Quelle;Notizen;Schlagwörter',
        'Jürgen;Müller;juergen.mueller@example.de;+49 89 1234567;+49 171 2345678;Bäckerei Groß GmbH;Konditormeister;München;Deutschland;Torten, Brot;65.000 EUR;ab März;XING;"Sehr gut;\r\nmeldet sich im März";Backen',
      ),
    ),
    fields: {
      name: 'Jürgen Müller',
      emails: ['juergen.mueller@example.de'],
      phones: ['+49 89 1234567', '+49 171 2345678'],
      currentEmployer: 'Bäckerei Groß GmbH',
      currentTitle: 'Konditormeister',
      location: 'München, Deutschland',
      skills: ['Torten', 'Brot'],
      salaryExpectation: { amount: 65000, currency: 'EUR' },
      availability: 'ab März',
      source: 'XING',
    },
    note: [['Notizen', 'Sehr gut;\r\nmeldet sich im März']],
    tags: ['Backen'],
  },
  {
    tool: 'a German client list',
    kind: 'clients',
    file: 'Firmenname;Branche;Webseite;Ort;Notizen;Ansprechpartner\nZahnrad Zürich AG;Maschinenbau;zahnrad.example;Zürich;Zahlt pünktlich;Frau Keller\n',
    fields: { name: 'Zahnrad Zürich AG', industry: 'Maschinenbau', website: 'https://zahnrad.example', location: 'Zürich', relationship: 'Zahlt pünktlich' },
    note: [['Ansprechpartner', 'Frau Keller']],
  },
  {
    tool: 'a French spreadsheet (a byte-order mark, semicolons)',
    kind: 'candidates',
    file: bom(
      lines(
        'Prénom;Nom;Courriel;Téléphone;Portable;Entreprise;Poste;Ville;Pays;Compétences;Prétentions salariales;Disponibilité;Origine;Remarques;Étiquettes',
        'Hélène;Lefèvre;helene.lefevre@example.fr;01 23 45 67 89;06 12 34 56 78;Société Générale;Chargée de recrutement;Lyon;France;Sourcing, Entretiens;45 000 €;Immédiate;Indeed;Préfère le télétravail;RH',
      ),
    ),
    fields: {
      name: 'Hélène Lefèvre',
      emails: ['helene.lefevre@example.fr'],
      phones: ['01 23 45 67 89', '06 12 34 56 78'],
      currentEmployer: 'Société Générale',
      currentTitle: 'Chargée de recrutement',
      location: 'Lyon, France',
      skills: ['Sourcing', 'Entretiens'],
      salaryExpectation: { amount: 45000, currency: 'EUR' },
      availability: 'Immédiate',
      source: 'Indeed',
    },
    note: [['Remarques', 'Préfère le télétravail']],
    tags: ['RH'],
  },
  {
    tool: 'a French contact list',
    kind: 'contacts',
    file: 'Prénom,Nom,Société,Fonction,Courriel,Téléphone,Portable\nÉloïse,Garçon,Légère SAS,DRH,eloise@legere.example,04 72 00 00 00,06 00 00 00 00\n',
    fields: { name: 'Éloïse Garçon', jobTitle: 'DRH', email: 'eloise@legere.example', phone: '04 72 00 00 00' },
    note: [['Portable', '06 00 00 00 00']],
  },
  {
    tool: 'a Spanish spreadsheet',
    kind: 'candidates',
    file: lines(
      'Nombre,Apellidos,Correo electrónico,Teléfono,Móvil,Empresa,Puesto,Ciudad,País,Habilidades,Salario deseado,Disponibilidad,Fuente,Notas,Etiquetas',
      'Íñigo,Martínez Peña,inigo@example.es,+34 91 123 45 67,+34 612 345 678,Telefónica,Ingeniero de redes,Madrid,España,"Redes; Cisco",42.000 €,Inmediata,InfoJobs,"Habla euskera,\ninglés y francés",Telecom',
    ),
    fields: {
      name: 'Íñigo Martínez Peña',
      emails: ['inigo@example.es'],
      phones: ['+34 91 123 45 67', '+34 612 345 678'],
      currentEmployer: 'Telefónica',
      currentTitle: 'Ingeniero de redes',
      location: 'Madrid, España',
      skills: ['Redes', 'Cisco'],
      salaryExpectation: { amount: 42000, currency: 'EUR' },
      availability: 'Inmediata',
      source: 'InfoJobs',
    },
    note: [['Notas', 'Habla euskera,\ninglés y francés']],
    tags: ['Telecom'],
  },
  {
    tool: 'a Portuguese spreadsheet (UTF-16 with a byte-order mark)',
    kind: 'candidates',
    file: Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(
        lines(
          'Nome,Apelido,E-mail,Telemóvel,Empresa atual,Cargo,Cidade,País,Competências,Pretensão salarial,Disponibilidade,Fonte,Observações,Etiquetas',
          'João,Conceição,joao@example.pt,+351 912 345 678,Farfetch,Gestor de produto,Porto,Portugal,"Scrum, Figma",38000 EUR,Aviso prévio de 60 dias,Net-Empregos,Prefere híbrido,Produto',
        ),
        'utf16le',
      ),
    ]),
    fields: {
      name: 'João Conceição',
      emails: ['joao@example.pt'],
      phones: ['+351 912 345 678'],
      currentEmployer: 'Farfetch',
      currentTitle: 'Gestor de produto',
      location: 'Porto, Portugal',
      skills: ['Scrum', 'Figma'],
      salaryExpectation: { amount: 38000, currency: 'EUR' },
      availability: 'Aviso prévio de 60 dias',
      source: 'Net-Empregos',
    },
    note: [['Observações', 'Prefere híbrido']],
    tags: ['Produto'],
  },
  {
    tool: 'an Italian spreadsheet (tabs)',
    kind: 'candidates',
    file: lines(
      'Nome\tCognome\tEmail\tCellulare\tAzienda\tRuolo\tCittà\tCompetenze\tRAL desiderata\tDisponibilità\tFonte\tNote\tEtichette',
      'Niccolò\tDe Angelis\tniccolo@example.it\t+39 333 123 4567\tLuxottica\tBuyer\tMilano\tNegoziazione; SAP\t55.000 EUR\tTre mesi\tLinkedIn\tParla tedesco\tAcquisti',
    ),
    fields: {
      name: 'Niccolò De Angelis',
      emails: ['niccolo@example.it'],
      phones: ['+39 333 123 4567'],
      currentEmployer: 'Luxottica',
      currentTitle: 'Buyer',
      location: 'Milano',
      skills: ['Negoziazione', 'SAP'],
      salaryExpectation: { amount: 55000, currency: 'EUR' },
      availability: 'Tre mesi',
      source: 'LinkedIn',
    },
    note: [['Note', 'Parla tedesco']],
    tags: ['Acquisti'],
  },
  {
    tool: 'a Dutch spreadsheet',
    kind: 'candidates',
    file: lines(
      'Voornaam;Achternaam;E-mailadres;Telefoonnummer;Mobiel;Bedrijf;Functie;Woonplaats;Land;Vaardigheden;Gewenst salaris;Beschikbaarheid;Bron;Opmerkingen;Labels',
      'Daniëlle;van der Meer;danielle@example.nl;+31 20 123 4567;+31 6 12345678;Philips;Recruiter;Eindhoven;Nederland;Werving, Selectie;€ 4.500;Per direct;Indeed;Spreekt ook Duits;Tech',
    ),
    fields: {
      name: 'Daniëlle van der Meer',
      emails: ['danielle@example.nl'],
      phones: ['+31 20 123 4567', '+31 6 12345678'],
      currentEmployer: 'Philips',
      currentTitle: 'Recruiter',
      location: 'Eindhoven, Nederland',
      skills: ['Werving', 'Selectie'],
      salaryExpectation: { amount: 4500, currency: 'EUR' },
      availability: 'Per direct',
      source: 'Indeed',
    },
    note: [['Opmerkingen', 'Spreekt ook Duits']],
    tags: ['Tech'],
  },
  {
    tool: 'Bullhorn job orders',
    kind: 'jobs',
    file: lines(
      'Job ID,Title,Client Corporation,Status,City,State,Employment Type,Salary,Number of Openings,Start Date,Priority,Owner,Description',
      '901,Entwicklerin (m/w/d),Müller & Söhne KG,Open,Stuttgart,BW,Permanent,"60,000 - 75,000 EUR",2,2026-11-02,High,Kim Lee,"Team of 6;\nhybrid"',
    ),
    fields: {
      title: 'Entwicklerin (m/w/d)',
      clientName: 'Müller & Söhne KG',
      status: 'open',
      location: 'Stuttgart, BW',
      employmentType: 'permanent',
      salary: { min: 60000, max: 75000, currency: 'EUR' },
      openings: 2,
      openedOn: '2026-11-02',
      priority: 'high',
      owner: 'Kim Lee',
    },
    note: [
      ['Job ID', '901'],
      ['Description', 'Team of 6;\nhybrid'],
    ],
  },
  {
    tool: 'a French job list (semicolons)',
    kind: 'jobs',
    file: bom(
      lines(
        'Intitulé du poste;Client;Statut;Ville;Type de contrat;Salaire;Nombre de postes;Date cible;Télétravail',
        'Comptable confirmé(e);Légère SAS;En attente;Lyon;CDI;45k à 50k €;1;2027-03-31;Hybride',
      ),
    ),
    fields: {
      title: 'Comptable confirmé(e)',
      clientName: 'Légère SAS',
      status: 'on_hold',
      location: 'Lyon',
      employmentType: 'permanent',
      salary: { min: 45000, max: 50000, currency: 'EUR' },
      openings: 1,
      targetFillOn: '2027-03-31',
      remotePolicy: 'hybrid',
    },
    note: [],
  },
];

/** The one record the import made, its note and its tags. */
function imported(app: TestApp, kind: CsvKind) {
  const subject = (about: { kind: 'candidate' | 'contact' | 'client' | 'job'; id: string }) => ({
    note: app.call('notes.list', { about }).map((n) => n.body),
    tags: app.call('tags.of', about),
  });
  if (kind === 'jobs') {
    const { id } = app.call('jobs.list', {}).items[0]!;
    return { record: app.call('jobs.get', { id }).job, ...subject({ kind: 'job', id }) };
  }
  if (kind === 'candidates') {
    const { id } = app.call('candidates.list', {}).items[0]!;
    return { record: app.call('candidates.get', { id }).candidate, ...subject({ kind: 'candidate', id }) };
  }
  const { id: clientId } = app.call('clients.list', {}).items[0]!;
  const client = app.call('clients.get', { id: clientId });
  if (kind === 'clients') return { record: client.client, ...subject({ kind: 'client', id: clientId }) };
  const contact = client.contacts[0]!;
  return { record: contact, ...subject({ kind: 'contact', id: contact.id }) };
}

describe('the files of the tools recruiters leave, and spreadsheets in their languages', () => {
  it.each(fixtures.map((f) => [f.tool, f] as const))('%s: every value lands where it should, and nothing is dropped', async (tool, f) => {
    const app = await freshApp();
    const fileName = `${tool}.csv`;
    const preview = previewCsv(app, f.file, { kind: f.kind, fileName });
    expect(preview.mappingProblems).toEqual([]);
    expect(preview.mapping).not.toContain(null);
    const result = await importCsv(app, f.file, { kind: f.kind, fileName });
    expect(result).toMatchObject({ rowsRead: 1, accepted: 1, rejected: [] });
    expect(result.columns.map((c) => c.name)).toEqual(preview.headers);

    const { record, note, tags } = imported(app, f.kind);
    expect(record).toMatchObject(f.fields);
    const body = f.note.map(([header, value]) => `From ${fileName}, ${header}: ${value}`).join('\n');
    expect(note).toEqual(body === '' ? [] : [body]);
    expect(result.notesAdded).toBe(f.note.length > 0 ? 1 : 0);
    expect(tags).toEqual(f.tags ?? []);
    // Every column is a field, the note or the tags: those kept are the ones the fixture names.
    const kept = result.columns.filter((c) => c.goesTo === 'note').map((c) => c.name);
    expect(f.note.map(([header]) => header).every((header) => kept.includes(header))).toBe(true);
  });
});
