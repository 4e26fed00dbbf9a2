import type { CsvKind, CsvTarget } from '../../api/csv';

/**
 * The headers recruiters' files come with, by where they come from: the tools recruiters leave
 * and spreadsheets in the languages of the agencies using Shortlist. Each source says, for each
 * kind of record, which of its headers feed which field (or are kept as tags). To teach the
 * import a new tool or language, add a source here and a fixture to tests/core/csv-tools.test.ts.
 *
 * Headers are compared without case, accents, spaces or punctuation ("E-mail Address" is
 * "email address"), and a header with a number in it is also tried without it ("E-mail 2
 * Address", "Phone 3"). A leading word naming the kind is dropped ("Candidate Email"). Within a
 * source's list, earlier headers are stronger: when two columns name a field that takes one
 * value (Outlook's "Job Title" and "Title"), the stronger one feeds it and the other is kept as
 * a note. A header no source names is kept as a note too.
 */
export interface HeaderSource {
  source: string;
  headers: { [K in CsvKind]?: Partial<Record<CsvTarget<K>, string[]>> };
}

/** A spreadsheet's words for the same things, for candidates, contacts and clients alike. */
interface Words {
  firstName: string[];
  lastName: string[];
  name: string[];
  email: string[];
  phone: string[];
  company: string[];
  title: string[];
  location: string[];
  /** A client's country (ISO code or name); for a person, part of their location. */
  country: string[];
  skills: string[];
  source: string[];
  salary: string[];
  availability: string[];
  website: string[];
  industry: string[];
  notes: string[];
  tags: string[];
  /** What a list of companies calls its name column, besides the words for a company. */
  companyName: string[];
}

function spreadsheet(source: string, w: Words): HeaderSource {
  const person = { firstName: w.firstName, lastName: w.lastName, name: w.name };
  return {
    source,
    headers: {
      candidates: {
        ...person,
        emails: w.email,
        phones: w.phone,
        currentEmployer: w.company,
        currentTitle: w.title,
        location: w.location,
        skills: w.skills,
        source: w.source,
        salaryExpectation: w.salary,
        availability: w.availability,
        links: w.website,
        note: w.notes,
        tags: w.tags,
      },
      contacts: { ...person, email: w.email, phone: w.phone, client: w.company, jobTitle: w.title, caresAbout: w.notes, tags: w.tags },
      clients: {
        name: [...w.companyName, ...w.company],
        industry: w.industry,
        website: w.website,
        location: w.location.filter((name) => !w.country.includes(name)),
        country: w.country,
        relationship: w.notes,
        tags: w.tags,
      },
    },
  };
}

export const headerSources: HeaderSource[] = [
  spreadsheet('English', {
    firstName: ['first name', 'first', 'given name', 'forename'],
    lastName: ['last name', 'last', 'surname', 'family name'],
    name: ['name', 'full name', 'display name'],
    email: ['email', 'e-mail', 'email address', 'email addresses', 'mail', 'primary email', 'secondary email', 'personal email',
      'work email', 'other email', 'business email'],
    // A contact has one phone: the work number comes first, and a mobile beside it is kept as a note.
    phone: ['phone', 'phone number', 'phone numbers', 'work phone', 'business phone', 'office phone', 'direct line', 'telephone', 'tel',
      'mobile', 'mobile phone', 'mobile number', 'cell', 'cell phone', 'home phone', 'other phone', 'contact number'],
    company: ['company', 'company name', 'employer', 'current company', 'organization', 'organisation'],
    title: ['job title', 'title', 'position', 'current position', 'occupation'],
    location: ['location', 'city', 'town', 'state', 'region', 'province', 'country', 'current location', 'address city',
      'address state', 'address country'],
    country: ['country', 'address country', 'country/region', 'country code', 'nation'],
    skills: ['skills', 'skill', 'key skills', 'primary skills', 'secondary skills', 'skill set', 'specialties', 'specialities',
      'expertise'],
    source: ['source', 'lead source', 'referral source', 'sourced from'],
    salary: ['salary expectation', 'salary expectations', 'expected salary', 'desired salary', 'desired pay', 'salary requirements',
      'target salary'],
    availability: ['availability', 'available', 'date available', 'available from', 'notice period'],
    website: ['links', 'link', 'url', 'urls', 'profile url', 'public profile url', 'linkedin', 'linkedin url', 'linkedin profile',
      'website', 'web site', 'portfolio', 'github', 'personal website'],
    industry: ['industry', 'sector', 'vertical'],
    notes: ['notes', 'note', 'comments'],
    tags: ['tags', 'tag', 'labels', 'categories'],
    companyName: ['client', 'client name', 'account', 'account name'],
  }),
  spreadsheet('German', {
    firstName: ['Vorname'],
    lastName: ['Nachname', 'Familienname'],
    name: ['Name', 'Vollständiger Name', 'Vor- und Nachname'],
    email: ['E-Mail', 'E-Mail-Adresse', 'Mail'],
    phone: ['Telefon', 'Telefonnummer', 'Tel.', 'Mobil', 'Mobiltelefon', 'Handy', 'Handynummer', 'Telefon privat', 'Telefon geschäftlich'],
    company: ['Firma', 'Unternehmen', 'Arbeitgeber', 'Aktueller Arbeitgeber'],
    title: ['Position', 'Berufsbezeichnung', 'Jobtitel', 'Stellenbezeichnung', 'Aktuelle Position', 'Funktion'],
    location: ['Ort', 'Stadt', 'Wohnort', 'Bundesland', 'Land'],
    country: ['Land'],
    skills: ['Fähigkeiten', 'Kenntnisse', 'Kompetenzen', 'Skills'],
    source: ['Quelle', 'Herkunft'],
    salary: ['Gehaltsvorstellung', 'Gehaltswunsch', 'Wunschgehalt'],
    availability: ['Verfügbarkeit', 'Verfügbar ab', 'Kündigungsfrist'],
    website: ['Webseite', 'Website', 'Internetseite', 'Profil', 'LinkedIn-Profil', 'XING', 'XING-Profil'],
    industry: ['Branche'],
    notes: ['Notizen', 'Bemerkungen', 'Kommentar', 'Kommentare', 'Anmerkungen'],
    tags: ['Schlagwörter', 'Stichwörter', 'Etiketten'],
    companyName: ['Firmenname', 'Kunde', 'Kundenname'],
  }),
  spreadsheet('French', {
    firstName: ['Prénom'],
    lastName: ['Nom', 'Nom de famille'],
    name: ['Nom complet', 'Prénom et nom', 'Nom et prénom'],
    email: ['Courriel', 'Adresse e-mail', 'Adresse électronique', 'Mél'],
    phone: ['Téléphone', 'Tél.', 'Numéro de téléphone', 'Portable', 'Téléphone portable', 'Mobile', 'Téléphone fixe'],
    company: ['Entreprise', 'Société', 'Employeur', 'Employeur actuel'],
    title: ['Poste', 'Intitulé du poste', 'Poste actuel', 'Fonction', 'Métier'],
    location: ['Ville', 'Localisation', 'Lieu', 'Région', 'Département', 'Pays'],
    country: ['Pays'],
    skills: ['Compétences', 'Compétences clés'],
    source: ['Origine', 'Provenance'],
    salary: ['Prétentions salariales', 'Salaire souhaité', 'Rémunération souhaitée'],
    availability: ['Disponibilité', 'Disponible à partir du', 'Préavis'],
    website: ['Site web', 'Site internet', 'Lien', 'Liens', 'Profil LinkedIn'],
    industry: ["Secteur", "Secteur d'activité"],
    notes: ['Remarques', 'Commentaires', 'Commentaire'],
    tags: ['Étiquettes', 'Mots-clés'],
    companyName: ["Nom de l'entreprise", 'Raison sociale', 'Client'],
  }),
  spreadsheet('Spanish', {
    firstName: ['Nombre', 'Nombre de pila'],
    lastName: ['Apellido', 'Apellidos'],
    name: ['Nombre completo', 'Nombre y apellidos'],
    email: ['Correo', 'Correo electrónico', 'Email personal'],
    phone: ['Teléfono', 'Número de teléfono', 'Móvil', 'Celular', 'Teléfono móvil'],
    company: ['Empresa', 'Empresa actual', 'Compañía', 'Empleador'],
    title: ['Puesto', 'Cargo', 'Puesto actual', 'Posición'],
    location: ['Ciudad', 'Ubicación', 'Localidad', 'Provincia', 'País'],
    country: ['País'],
    skills: ['Habilidades', 'Aptitudes', 'Competencias', 'Conocimientos'],
    source: ['Fuente'],
    salary: ['Salario deseado', 'Pretensión salarial', 'Expectativa salarial'],
    availability: ['Disponibilidad', 'Preaviso'],
    website: ['Sitio web', 'Enlace', 'Enlaces', 'Perfil de LinkedIn'],
    industry: ['Sector', 'Industria'],
    notes: ['Notas', 'Comentarios', 'Observaciones'],
    tags: ['Etiquetas'],
    companyName: ['Nombre de la empresa', 'Razón social', 'Cliente'],
  }),
  spreadsheet('Portuguese', {
    firstName: ['Nome', 'Primeiro nome'],
    lastName: ['Sobrenome', 'Apelido', 'Último nome'],
    name: ['Nome completo'],
    email: ['E-mail pessoal', 'Endereço de e-mail', 'Correio eletrónico', 'Correio eletrônico'],
    phone: ['Telefone', 'Telemóvel', 'Celular', 'Número de telefone'],
    company: ['Empresa atual', 'Empregador', 'Companhia'],
    title: ['Cargo atual', 'Função', 'Posição'],
    location: ['Cidade', 'Localização', 'Localidade', 'Distrito', 'Estado'],
    country: ['País'],
    skills: ['Competências', 'Habilidades técnicas'],
    source: ['Fonte', 'Origem'],
    salary: ['Pretensão salarial', 'Salário pretendido', 'Expectativa salarial'],
    availability: ['Disponibilidade', 'Aviso prévio'],
    website: ['Site', 'Ligação', 'Ligações', 'Perfil do LinkedIn'],
    industry: ['Setor', 'Ramo'],
    notes: ['Observações', 'Notas'],
    tags: ['Etiquetas', 'Marcadores'],
    companyName: ['Nome da empresa', 'Razão social', 'Cliente'],
  }),
  spreadsheet('Italian', {
    firstName: ['Nome'],
    lastName: ['Cognome'],
    name: ['Nome completo', 'Nome e cognome', 'Nominativo'],
    email: ['Indirizzo email', 'Posta elettronica'],
    phone: ['Telefono', 'Cellulare', 'Numero di telefono', 'Tel.'],
    company: ['Azienda', 'Società', 'Azienda attuale', 'Datore di lavoro'],
    title: ['Ruolo', 'Qualifica', 'Mansione', 'Posizione', 'Ruolo attuale'],
    location: ['Città', 'Località', 'Sede', 'Provincia', 'Paese', 'Nazione'],
    country: ['Paese', 'Nazione'],
    skills: ['Competenze', 'Abilità'],
    source: ['Fonte', 'Provenienza'],
    salary: ['RAL desiderata', 'Retribuzione desiderata', 'Stipendio desiderato'],
    availability: ['Disponibilità', 'Preavviso'],
    website: ['Sito web', 'Sito', 'Collegamento', 'Profilo LinkedIn'],
    industry: ['Settore'],
    notes: ['Note', 'Commenti', 'Osservazioni'],
    tags: ['Etichette', 'Tag'],
    companyName: ["Nome dell'azienda", 'Ragione sociale', 'Cliente'],
  }),
  spreadsheet('Dutch', {
    firstName: ['Voornaam', 'Roepnaam'],
    lastName: ['Achternaam'],
    name: ['Naam', 'Volledige naam'],
    email: ['E-mailadres', 'Emailadres'],
    phone: ['Telefoon', 'Telefoonnummer', 'Mobiel', 'Mobiel nummer', 'Mobiele telefoon'],
    company: ['Bedrijf', 'Werkgever', 'Huidige werkgever', 'Organisatie'],
    title: ['Functie', 'Functietitel', 'Huidige functie'],
    location: ['Plaats', 'Woonplaats', 'Stad', 'Provincie'],
    country: ['Land'],
    skills: ['Vaardigheden', 'Competenties'],
    source: ['Bron', 'Herkomst'],
    salary: ['Gewenst salaris', 'Salariswens'],
    availability: ['Beschikbaarheid', 'Beschikbaar per', 'Opzegtermijn'],
    website: ['Webadres', 'Koppeling', 'LinkedIn-profiel'],
    industry: ['Branche', 'Sector'],
    notes: ['Notities', 'Opmerkingen'],
    tags: ['Labels', 'Trefwoorden'],
    companyName: ['Bedrijfsnaam', 'Klant', 'Klantnaam'],
  }),
  {
    source: 'English, for the rest of Shortlist’s fields',
    headers: {
      candidates: {
        'salaryExpectation.currency': ['currency', 'salary currency'],
        workAuthorisation: ['work authorization', 'work permit', 'visa', 'visa status', 'right to work', 'work eligibility'],
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
        client: ['client', 'client name', 'account', 'account name'],
        name: ['contact name'],
        role: ['contact role', 'contact type'],
        jobTitle: ['current title'],
        lastContactedOn: ['last contacted', 'last contact', 'last contact date'],
      },
      clients: {
        status: ['client status', 'account status', 'company status'],
        fee: ['fees', 'fee terms', 'placement fee', 'fee %'],
        guaranteeDays: ['guarantee', 'guarantee period'],
        website: ['company url', 'homepage', 'company website', 'domain'],
        location: ['headquarters'],
      },
    },
  },
  {
    source: 'Job orders: English and the spreadsheets’ languages, Bullhorn, OpenCATS, Zoho Recruit, JobAdder, Greenhouse, Lever',
    headers: {
      jobs: {
        title: ['job title', 'title', 'position', 'position title', 'job', 'job name', 'posting title', 'vacancy', 'opening', 'role',
          'Stellenbezeichnung', 'Stelle', 'Intitulé du poste', 'Poste', 'Puesto', 'Vaga', 'Cargo', 'Posizione', 'Ruolo', 'Vacature',
          'Functie'],
        client: ['client', 'client name', 'company', 'company name', 'client corporation', 'account', 'account name', 'customer',
          'Kunde', 'Firma', 'Unternehmen', 'Entreprise', 'Société', 'Empresa', 'Cliente', 'Azienda', 'Klant', 'Bedrijf'],
        status: ['job status', 'status', 'opening status', 'Statut', 'Estado', 'Stato'],
        location: ['location', 'city', 'state', 'state/province', 'country', 'office', 'offices', 'Ort', 'Standort', 'Lieu', 'Ville',
          'Ubicación', 'Ciudad', 'Localização', 'Cidade', 'Sede', 'Città', 'Locatie', 'Plaats'],
        remotePolicy: ['remote', 'remote policy', 'workplace type', 'work model', 'on site', 'Homeoffice', 'Télétravail',
          'Teletrabajo', 'Teletrabalho', 'Smart working', 'Thuiswerken'],
        employmentType: ['employment type', 'job type', 'type', 'contract type', 'Anstellungsart', 'Vertragsart',
          'Type de contrat', 'Tipo de contrato', 'Tipo di contratto', 'Dienstverband'],
        salary: ['salary', 'salary range', 'compensation', 'pay range', 'Gehalt', 'Gehaltsspanne', 'Salaire', 'Rémunération',
          'Salario', 'Salário', 'Retribuzione', 'RAL', 'Salaris'],
        'salary.min': ['salary min', 'min salary', 'minimum salary', 'salary from', 'salary low'],
        'salary.max': ['salary max', 'max salary', 'maximum salary', 'salary to', 'salary high'],
        'salary.currency': ['currency', 'salary currency'],
        openings: ['openings', 'number of openings', 'no. of positions', 'number of positions', 'positions', 'vacancies', 'headcount',
          'Anzahl Stellen', 'Nombre de postes', 'Vacantes', 'Vagas', 'Posti', 'Aantal'],
        priority: ['priority', 'urgency', 'Priorität', 'Priorité', 'Prioridad', 'Prioridade', 'Priorità', 'Prioriteit'],
        openedOn: ['opened', 'date opened', 'open date', 'opened on', 'created', 'date created', 'date added', 'start date',
          'Eröffnet am', 'Date d’ouverture', 'Fecha de apertura', 'Data de abertura', 'Data di apertura', 'Geopend op'],
        targetFillOn: ['target date', 'target fill date', 'deadline', 'close date', 'closing date', 'target close date', 'due date',
          'Zieldatum', 'Date cible', 'Fecha objetivo', 'Data alvo', 'Data obiettivo', 'Streefdatum'],
        owner: ['owner', 'recruiter', 'job owner', 'recruiter name', 'assigned recruiter', 'hiring lead', 'assigned to'],
        tags: ['tags', 'labels', 'categories'],
        note: ['notes', 'description', 'job description', 'comments'],
      },
    },
  },
  {
    source: 'LinkedIn (Connections, Recruiter, Talent Hub)',
    headers: {
      candidates: {
        currentTitle: ['current title'],
        emails: ['email address'],
        links: ['profile url', 'public profile url', 'linkedin profile'],
      },
    },
  },
  {
    source: 'Bullhorn',
    headers: {
      candidates: { owner: ['owner', 'recruiter'], workAuthorisation: ['work authorization'], skills: ['primary skills', 'skill set'] },
      contacts: { client: ['client corporation'], lastContactedOn: ['last visit', 'last visit date'] },
      clients: { name: ['client corporation'], fee: ['fee arrangement'] },
    },
  },
  {
    source: 'OpenCATS (the export and its database columns)',
    headers: {
      candidates: {
        emails: ['e-mail', '2nd e-mail', 'email1', 'email2'],
        phones: ['cell phone', 'home phone', 'work phone', 'phone_cell', 'phone_home', 'phone_work'],
        skills: ['key skills', 'key_skills'],
        currentEmployer: ['current employer', 'current_employer'],
        salaryExpectation: ['desired pay', 'desired_pay'],
        'screening.salary': ['current pay', 'current_pay'],
        links: ['web site', 'web_site'],
        availability: ['date available', 'date_available'],
      },
      contacts: {
        client: ['company_name'],
        email: ['email1'],
        phone: ['phone_work', 'phone_cell', 'phone_other'],
        jobTitle: ['title'],
      },
      clients: { website: ['url'], location: ['city', 'state'] },
    },
  },
  {
    source: 'Zoho Recruit',
    headers: {
      candidates: {
        emails: ['secondary email'],
        currentTitle: ['current job title'],
        salaryExpectation: ['expected salary'],
        'screening.salary': ['current salary'],
        skills: ['skill set'],
        links: ['twitter', 'linkedin'],
        owner: ['candidate owner'],
      },
      contacts: { client: ['client name'], phone: ['work phone', 'mobile'] },
      clients: { location: ['billing city', 'billing state'], country: ['billing country'], website: ['website'] },
    },
  },
  {
    source: 'Recruit CRM',
    headers: {
      candidates: {
        phones: ['contact number'],
        currentEmployer: ['current organization', 'current organisation'],
        salaryExpectation: ['salary expectation'],
        'screening.salary': ['current salary'],
        availability: ['notice period'],
        owner: ['candidate owner', 'owner'],
      },
      contacts: { client: ['company'], phone: ['contact number'] },
    },
  },
  {
    source: 'JobAdder',
    headers: {
      candidates: { location: ['suburb', 'address suburb'], currentTitle: ['current position'], currentEmployer: ['current employer'] },
      contacts: { client: ['company'], jobTitle: ['position'] },
    },
  },
  {
    source: 'Manatal',
    headers: {
      candidates: { location: ['address'], salaryExpectation: ['expected salary'], 'salaryExpectation.currency': ['currency'], links: ['linkedin url'] },
    },
  },
  {
    source: 'Greenhouse',
    headers: {
      candidates: {
        emails: ['email (personal)', 'email (work)', 'email (other)'],
        phones: ['phone (mobile)', 'phone (home)', 'phone (work)', 'phone (other)'],
        links: ['website', 'social media'],
        currentEmployer: ['company'],
        owner: ['recruiter'],
      },
    },
  },
  {
    source: 'Lever',
    headers: {
      candidates: { source: ['sources'], currentTitle: ['current title'], currentEmployer: ['current company'], links: ['links'], owner: ['owner'] },
    },
  },
  {
    source: 'Outlook contacts',
    headers: {
      contacts: {
        jobTitle: ['job title', 'title'],
        email: ['e-mail address', 'e-mail 2 address', 'e-mail 3 address'],
        phone: ['business phone', 'mobile phone', 'home phone', 'other phone', 'primary phone', 'company main telephone'],
        client: ['company'],
      },
      candidates: {
        currentTitle: ['job title', 'title'],
        emails: ['e-mail address'],
        phones: ['business phone', 'mobile phone', 'home phone', 'other phone', 'primary phone'],
        links: ['web page'],
        location: ['home city', 'home state', 'home country/region', 'business city', 'business state', 'business country/region'],
        tags: ['categories'],
      },
    },
  },
  {
    source: 'Google contacts',
    headers: {
      contacts: {
        firstName: ['given name'],
        lastName: ['family name'],
        email: ['e-mail 1 - value', 'e-mail value'],
        phone: ['phone 1 - value', 'phone value'],
        client: ['organization name', 'organization 1 - name'],
        jobTitle: ['organization title', 'organization 1 - title'],
        tags: ['labels', 'group membership'],
      },
      candidates: {
        firstName: ['given name'],
        lastName: ['family name'],
        emails: ['e-mail 1 - value', 'e-mail value'],
        phones: ['phone 1 - value', 'phone value'],
        currentEmployer: ['organization name', 'organization 1 - name'],
        currentTitle: ['organization title', 'organization 1 - title'],
        links: ['website 1 - value', 'website value'],
        location: ['address 1 - city', 'address 1 - region', 'address 1 - country'],
        tags: ['labels', 'group membership'],
      },
    },
  },
];
